/**
 * DIS-2: the bureau's own disclosure — policy documents (level, 004 1.x type tag, date, link or attached PDF), support
 * measures and service procedures and guides (备案办理指南 …), each with the event it follows, the deadline it had (working
 * days, per-region settings with the presets 10 and 20 of 政府信息公开条例 and the 基层政务公开标准指引) and its
 * publication date, shown 按期 or 逾期. Supervisors maintain the publications of their region.
 */
package org.eldercare.oversight.disclosure.bureau;

/**
 * WRK-1 staff registry: a person registered once nationally (name, 公民身份号码 encrypted with its blind index and masked
 * form, phone shown masked, years in the trade, prior employers) and employments at registry institutions (role, 养老护理员
 * level, start and end). An institution maintains its own staff — by form, API or Excel/CSV import with line-numbered
 * errors — and a supervisor may act on its behalf; supervisors and townships read their region. Every hiring is checked
 * against the industry ban register ({@code ban}); a ban entered later flags the person's current employments and gives
 * the supervisors of each employment's region a to-do.
 */
package org.eldercare.oversight.workforce.staff;

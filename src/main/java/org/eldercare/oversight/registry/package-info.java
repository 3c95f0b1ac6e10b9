/**
 * Institution registry (REG-1), filing with credit commitment (REG-2), filing deadlines and verification tasks
 * (REG-3), registration–filing cross-check (REG-4), 黑机构 register (REG-5), name check (REG-6) and 消防审验
 * tracking (REG-7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package org.eldercare.oversight.registry;

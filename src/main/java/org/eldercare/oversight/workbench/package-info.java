/** The UI shell: layout and navigation, the 工作台 home page, Chinese error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package org.eldercare.oversight.workbench;

/**
 * The to-do read model: other modules publish items (a verification task, an overdue rectification …)
 * for a role in a region; the workbench lists the open ones in the user's scope and roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "To-do")
package org.eldercare.oversight.todo;

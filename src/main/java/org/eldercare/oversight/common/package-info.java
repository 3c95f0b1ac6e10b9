/**
 * Shared infrastructure used by every module: embedded database, clock, 国密 primitives,
 * problem-detail error handling, navigation contributions. An open module: its types may be used freely.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.eldercare.oversight.common;

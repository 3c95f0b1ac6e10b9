/**
 * Hazards and rectification (隐患, HAZ-1…HAZ-7, ENF-2). The module lands with issue #12; its events are fixed here so that
 * credit and disclosure can be built against them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard")
package org.eldercare.oversight.hazard;

/**
 * Chinese working-day calendar: statutory holidays and make-up working days (调休) from the State Council's yearly
 * notices, deadline arithmetic used by every module, provisional results for unannounced years and their
 * recomputation when the year is loaded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.eldercare.oversight.calendar;

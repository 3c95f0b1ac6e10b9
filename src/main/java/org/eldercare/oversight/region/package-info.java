/**
 * 行政区划 tree and the data-scope mechanism every module's queries use: a user bound to a region
 * reads and writes that region and everything below it, never a sibling or a parent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package org.eldercare.oversight.region;

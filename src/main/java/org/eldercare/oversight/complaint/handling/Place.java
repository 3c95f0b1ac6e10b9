package org.eldercare.oversight.complaint.handling;

/**
 * Where the complaint is about: a service site (registry institution id and its name at intake) or an address; {@code
 * placeRegionCode} is the site's region or the region given, {@code regionCode} of the complaint the county bureau above it.
 */
public record Place(Long institutionId, String institutionName, String address, String placeRegionCode) {
}

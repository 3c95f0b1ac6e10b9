package org.eldercare.oversight.registry;

import java.time.LocalDate;

/**
 * REG-3: an unfiled institution (a service site of the register) was found admitting residents on {@code discoveredOn};
 * it is to be inspected on site. Published by the registry for the inspection module.
 */
public record UnfiledInstitutionDiscovered(long institutionId, String uscc, String name, String regionCode,
                                           LocalDate discoveredOn) {
}

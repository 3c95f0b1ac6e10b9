package org.eldercare.oversight.security;

/**
 * A resource the matrix fills a path variable with: its value in the path, the region it lies in and, for a registry
 * resource, the institution it belongs to. A resource without a region (a metric name, a code to check) is in no one's scope.
 */
record MatrixResource(String value, String regionCode, Long institutionId) {

    static MatrixResource unscoped(String value) {
        return new MatrixResource(value, null, null);
    }

    boolean scoped() {
        return regionCode != null;
    }
}

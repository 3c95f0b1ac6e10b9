/**
 * The authorization matrix (issue #8): every endpoint of the running application, called by every role in its own and in
 * another region, against resources of both regions. {@link org.eldercare.oversight.security.EndpointMatrixTests} is the
 * entry point; {@link org.eldercare.oversight.security.AccessOracle} says who may use an endpoint,
 * {@link org.eldercare.oversight.security.FixtureRules} which resource fills each path variable.
 */
package org.eldercare.oversight.security;

/**
 * Users, departments, roles (三员分立), login with lockout, password and session policy, API tokens,
 * and the web security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.eldercare.oversight.identity;

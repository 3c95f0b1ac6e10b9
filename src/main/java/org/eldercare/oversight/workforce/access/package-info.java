/** Who is calling, as the workforce module's capabilities need it: roles, region, institution, client address. */
package org.eldercare.oversight.workforce.access;

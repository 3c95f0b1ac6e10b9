/**
 * The credit record and its grade (CRD-1, CRD-2, INS-3): entries per 统一社会信用代码 fed by the registry's, inspections',
 * hazards' and complaints' events and entered by the partner departments, with points and expiry from the rule table
 * (data, regional presets, versioned); the score from the entries in force, the grade with its explanation and the routine
 * inspection frequency it sets.
 */
package org.eldercare.oversight.credit.record;

/**
 * A code's credit at a glance (CRD-1…CRD-3, INS-3): its sites, entries, the grade with its explanation and the routine
 * inspection frequency it sets, and its list procedures — as a page, as JSON, and its entries as a streamed Excel export.
 */
package org.eldercare.oversight.credit.codes;

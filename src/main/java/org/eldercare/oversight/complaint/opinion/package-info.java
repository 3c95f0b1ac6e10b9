/**
 * Open days and opinion records (CMP-2, issue #13 item 4): a service site records its 开放日 (when, what, who came) and the
 * opinions it took (at an open day, from its suggestion box, from family meetings …) with its response; the supervisors of
 * its region and above see them.
 */
package org.eldercare.oversight.complaint.opinion;

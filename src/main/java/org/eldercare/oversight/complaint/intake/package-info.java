/**
 * Complaint intake (CMP-1, issue #13 item 1): the public form and the public tracking page (no login, phone-sized,
 * rate-limited per address), the officers' form for the hotline, mailbox, 12345 transfers and visits, the 12345 work-order
 * import, and attachments checked by their content.
 */
package org.eldercare.oversight.complaint.intake;

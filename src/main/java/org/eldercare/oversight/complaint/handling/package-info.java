/**
 * Handling a complaint (CMP-1, issue #13 item 2): the {@link org.eldercare.oversight.complaint.handling.Complaint}
 * aggregate and its states 已登记 → 已受理 / 不予受理 → 办理中 → 已答复 → 已办结 (回访, satisfaction, review and re-review),
 * routing to the county bureau and by the responsibility matrix to a department's liaison (objection within 5 working
 * days), the 5-working-day feedback deadline with its warning, the regional periods, and the officers' pages and API.
 */
package org.eldercare.oversight.complaint.handling;

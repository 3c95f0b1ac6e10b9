/**
 * WRK-4 staff credit: evaluation records of a person — recipients' evaluations, upheld complaints, findings of abuse,
 * penalties, awards — used for promotion, grading, pay and transfer (001-(四)). Supervisors and the employing institution
 * record them; supervisors read them in their region; another employer reads them only after recording the person's
 * consent (the signed authorisation), and every such reading is audited as a request.
 */
package org.eldercare.oversight.workforce.credit;

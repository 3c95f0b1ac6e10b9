/**
 * Credit (信用, CRD-1…CRD-3, INS-3): a credit record per 统一社会信用代码 fed by the other modules' events, the 失信 lists
 * run as their legal procedure, and an explained grade that sets inspection frequency. Published: {@link
 * org.eldercare.oversight.credit.CreditGradeChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit")
package org.eldercare.oversight.credit;

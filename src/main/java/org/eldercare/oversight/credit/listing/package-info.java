/**
 * The 失信 lists of 民发〔2019〕103号 (CRD-3): 联合惩戒对象名单 and 重点关注对象名单, each inclusion run as its procedure
 * (proposal with grounds, prior notice with a 陈述申辩 period in working days, review of the statement, decision, publication
 * per channel, removal under 第十一条 or by correction), every step recorded with who, when and why.
 */
package org.eldercare.oversight.credit.listing;

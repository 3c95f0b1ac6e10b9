/**
 * WRK-3 行业禁入: the national register of people banned from eldercare work — court decisions under 刑法 第三十七条之一
 * (3–5 years) and the credit module's staff listings — with source document, period and issuing authority. Supervisors
 * enter and revoke entries; anyone who hires checks a 公民身份号码 against every entry in the country, and every check is
 * audited. Entries expire after their end date and stay in the register.
 */
package org.eldercare.oversight.workforce.ban;

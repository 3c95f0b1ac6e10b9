/**
 * The shared codes: 统一社会信用代码 (GB 32100-2015), 公民身份号码 (GB 11643-1999) and mobile numbers — parsing,
 * validation with a Chinese reason for each kind of error, and display masking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Codes")
package org.eldercare.oversight.codes;

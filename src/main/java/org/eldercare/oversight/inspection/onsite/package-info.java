/**
 * On-site execution (现场检查, INS-5): the record of a task's visit with each check item's result (符合 / 不符合 / 不适用), note
 * and photos (SHA-256, EXIF time, upload time; a photo already used in another record is flagged), on-screen signatures of
 * both inspectors and the institution's representative, the lock of a signed record (a correction is a new, linked record),
 * 转为隐患 of a 不符合 item ({@link org.eldercare.oversight.inspection.FindingToHazard}) and the printable 现场检查记录 PDF.
 */
package org.eldercare.oversight.inspection.onsite;

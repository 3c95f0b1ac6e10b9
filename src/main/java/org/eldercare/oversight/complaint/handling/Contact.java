package org.eldercare.oversight.complaint.handling;

/**
 * The complainant's name and phone as stored: ciphertext (common.FieldCipher) and a masked copy; all null for an anonymous
 * complaint without a phone. Only the masked copies are ever shown; the full values are revealed to an officer after an
 * audited {@code SensitiveDataRevealed}.
 */
public record Contact(String nameEnc, String nameMasked, String phoneEnc, String phoneMasked) {

    public static final Contact NONE = new Contact(null, null, null, null);
}

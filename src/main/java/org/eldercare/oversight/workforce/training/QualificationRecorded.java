package org.eldercare.oversight.workforce.training;

/** A training or a certificate of a person was recorded: the rates of the person's employers change. */
public record QualificationRecorded(long personId) {
}

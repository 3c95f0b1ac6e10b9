/**
 * WRK-2 training and certificates: pre-job training in skills, fire safety and food safety and later upgrade training
 * (hours, provider, date), certificates (kind, 职业技能等级, number, issuing 培训评价组织, dates) of a person, recorded by
 * the employing institution or a supervisor. The rates they feed are in {@code figures}.
 */
package org.eldercare.oversight.workforce.training;

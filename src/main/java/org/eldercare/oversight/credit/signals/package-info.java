/**
 * What credit tells other modules through their interfaces: the draw's risk signals ({@code inspection.RiskSignals}: on a
 * 失信 list in force, a serious entry in force) and the public page's credit section ({@code disclosure.PublicSections}).
 */
package org.eldercare.oversight.credit.signals;

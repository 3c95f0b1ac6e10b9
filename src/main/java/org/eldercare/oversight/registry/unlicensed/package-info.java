/**
 * REG-5 黑机构 register: unregistered sites that provide care, their fire, food and management risks, the proposed
 * disposal and its outcome, with Excel export for the joint disposal with partner departments.
 */
package org.eldercare.oversight.registry.unlicensed;

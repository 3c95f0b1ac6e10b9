/**
 * DIS-1: what a service site publishes about itself — service items, rules, complaint phone and its fee items and rates
 * (收费项目、计费单位、标准、收费方式), each with its 公示 date. The institution's own account maintains its own site's
 * publication; supervisors see those of their region. The portal shows it on the site's public page.
 */
package org.eldercare.oversight.disclosure.site;

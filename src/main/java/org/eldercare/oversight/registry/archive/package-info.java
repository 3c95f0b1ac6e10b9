/**
 * REG-1 institution archive: the {@link org.eldercare.oversight.registry.archive.Institution} aggregate keyed by its
 * 统一社会信用代码, its versioned change history, the searchable name list with Excel export and the self-report; REG-3
 * discovery of unfiled institutions admitting residents (due date by {@code DiscoveryTasks}; the task is the inspection
 * module's); REG-6 name check and REG-7 消防审验 reports. Per-region deadline settings ({@code RegistrySettings}) live here
 * and serve the whole registry.
 */
package org.eldercare.oversight.registry.archive;

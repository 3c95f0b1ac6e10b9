/**
 * WRK-2 rates and WRK-5 ratios against regional goals: share of current staff trained before their first day (pre-job
 * skills, fire safety and food safety), 养老护理员 certificate rate, training hours per person this year, social workers per
 * 100 beds and managers per 100 residents of the township centres (农村区域养老服务中心（敬老院）) — per region, by child
 * region and per institution; the goals are per-region settings inherited from the nearest region above; institutions below
 * a goal get a to-do; the region's figures appear as a card on the workbench.
 */
package org.eldercare.oversight.workforce.figures;

/**
 * Notices about the framework a call-off runs under, shown with the model choice (audit M1 and section 3.7):
 *  - Digital Marketplace (G-Cloud, DOS) supplier social value is a declaration (select measures, pass/fail), not a
 *    scored free-text answer, so word limits and evidence reminders do not apply to it;
 *  - call-offs under frameworks set up under the Public Contracts Regulations 2015 (G-Cloud 14, DOS6 and other CCS
 *    frameworks) stay on PPN 06/20 whatever the call-off date.
 */
import type { Verification } from './ids';
import type { Source } from './schema';
import { SRC, at } from './sources';

export interface FrameworkNotice {
  id: 'dm-declaration' | 'pcr-framework-call-off';
  title: string;
  /** Our words. */
  summary: string;
  source: Source;
  verification: Verification;
}

export const DM_DECLARATION: FrameworkNotice = {
  id: 'dm-declaration',
  title: 'Digital Marketplace social value is a declaration, not a scored answer',
  summary:
    'On G-Cloud 15 social value is 10% of every lot and pass/fail: select at least one measure (selecting more does not score more), name a Social Value Contact and answer the readiness questions. Word limits and evidence reminders do not apply to the declaration. A buyer may make a selected measure a call-off requirement where relevant and proportionate.',
  source: at(SRC.gcloud15, 'Section B (social value declaration)'),
  verification: 'secondary',
};

export const PCR_FRAMEWORK_CALL_OFF: FrameworkNotice = {
  id: 'pcr-framework-call-off',
  title: 'Call-offs from 2015 Regulations frameworks stay on PPN 06/20',
  summary:
    'PPNs made under the Public Contracts Regulations 2015 apply to procurements started before 24 February 2025 and to contracts awarded under frameworks set up under those Regulations (G-Cloud 14, DOS6 and other CCS frameworks), so their call-offs use PPN 06/20 even when the call-off is later. G-Cloud 15 and later Procurement Act frameworks use PPN 002.',
  source: at(SRC.ppnCollection, 'PCR 2015 PPNs and Procurement Act 2023 PPNs'),
  verification: 'verified',
};

/** Digital Marketplace hosts, where supplier social value is a checkbox declaration. */
export const DIGITAL_MARKETPLACE_HOST = /(?:^|\.)digitalmarketplace\.service\.gov\.uk$/i;

export function isDigitalMarketplaceHost(host: string | undefined): boolean {
  return host !== undefined && DIGITAL_MARKETPLACE_HOST.test(host.trim());
}

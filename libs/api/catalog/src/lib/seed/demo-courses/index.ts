// The demo courses `npm start` publishes (written for the academy; case studies from SECON).

import cooperativeGovernanceEn from './cooperative-governance.en.course.json';
import cooperativeGovernanceEs from './cooperative-governance.es.course.json';
import digitalTransitionEn from './digital-transition.en.course.json';
import discoverSocialEconomyEn from './discover-social-economy.en.course.json';
import discoverSocialEconomyIt from './discover-social-economy.it.course.json';
import fundingSocialEnterpriseEn from './funding-social-enterprise.en.course.json';
import greenTransitionEn from './green-transition.en.course.json';
import impactMeasurementEn from './impact-measurement.en.course.json';

export const DEMO_COURSES: unknown[] = [
  cooperativeGovernanceEn,
  cooperativeGovernanceEs,
  digitalTransitionEn,
  discoverSocialEconomyEn,
  discoverSocialEconomyIt,
  fundingSocialEnterpriseEn,
  greenTransitionEn,
  impactMeasurementEn,
];

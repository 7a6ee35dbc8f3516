import type { PartnerType } from '@academy/shared/contracts';

export interface TerritorySeed {
  slug: string;
  name: string;
  country: string;
  languages: string[];
  partners: { name: string; type: PartnerType }[];
}

/** The MU.ST.SEE partnership (2022-2023): the network's partners and four territories. */
export const NETWORK_PARTNERS: TerritorySeed['partners'] = [
  { name: 'REVES, European Network of Cities and Regions for the Social Economy', type: 'network' },
  {
    name: 'CECOP, European confederation of workers’ cooperatives, social cooperatives and social and participatory enterprises',
    type: 'network',
  },
];

export const TERRITORIES: TerritorySeed[] = [
  {
    slug: 'pordenone',
    name: 'Pordenone',
    country: 'IT',
    languages: ['it', 'en'],
    partners: [
      { name: 'City of Pordenone', type: 'public_authority' },
      { name: 'C.O.S.M. Consorzio operativo salute mentale', type: 'social_economy_organisation' },
    ],
  },
  {
    slug: 'cascais',
    name: 'Cascais',
    country: 'PT',
    languages: ['pt', 'en'],
    partners: [
      { name: 'City of Cascais', type: 'public_authority' },
      {
        name: 'TESE, Associação para o desenvolvimento pela tecnologia, engenharia, saúde e educação',
        type: 'social_economy_organisation',
      },
    ],
  },
  {
    slug: 'navarra',
    name: 'Navarra',
    country: 'ES',
    languages: ['es', 'en'],
    partners: [
      { name: 'Region of Navarra', type: 'public_authority' },
      { name: 'ANEL, Asociación de Empresas de Economía Social de Navarra', type: 'social_economy_organisation' },
    ],
  },
  {
    slug: 'garges-les-gonesse',
    name: 'Garges-lès-Gonesse',
    country: 'FR',
    languages: ['fr', 'en'],
    partners: [{ name: 'City of Garges-lès-Gonesse', type: 'public_authority' }],
  },
];

export { TerritoriesModule, territoriesEntities } from './lib/territories.module';
export { TerritoriesService } from './lib/territories.service';
export type { TerritorySummary, TerritoryView } from './lib/territories.service';

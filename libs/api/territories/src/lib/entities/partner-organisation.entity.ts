import { PARTNER_TYPES, type PartnerType } from '@academy/shared/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TerritoryEntity } from './territory.entity';

/** An organisation in a partnership; without a territory it is a partner of the whole network. */
@Entity('partner_organisations')
@Index('uq_partner_organisations_territory_name', ['territoryId', 'name'], { unique: true, where: 'territory_id IS NOT NULL' })
@Index('uq_partner_organisations_network_name', ['name'], { unique: true, where: 'territory_id IS NULL' })
@Check('ck_partner_organisations_type', `type IN (${PARTNER_TYPES.map((t) => `'${t}'`).join(', ')})`)
export class PartnerOrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  territoryId!: string | null;

  @ManyToOne(() => TerritoryEntity, (t) => t.partners, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'territory_id', foreignKeyConstraintName: 'fk_partner_organisations_territory' })
  territory!: TerritoryEntity | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  type!: PartnerType;
}

import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerOrganisationEntity } from './partner-organisation.entity';

/** A local partnership that runs the academy in its territory (a city, a region). */
@Entity('territories')
@Index('uq_territories_slug', ['slug'], { unique: true })
@Check('ck_territories_country', `country ~ '^[A-Z]{2}$'`)
export class TerritoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  /** UI languages offered in this territory, first one the default. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  @OneToMany(() => PartnerOrganisationEntity, (p) => p.territory)
  partners!: PartnerOrganisationEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { DemoAccounts, UsersService } from '@academy/api/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MentorProfileEntity } from '../entities/mentor-profile.entity';
import { ProgrammeEntity } from '../entities/programme.entity';
import { ProfilesService } from '../profiles/profiles.service';
import { ProgrammesService } from '../programmes/programmes.service';
import { RelationshipsService } from '../relationships/relationships.service';
import { RequestsService } from '../requests/requests.service';
import { DEMO_MENTEES, DEMO_MENTORS } from './demo-people';

export const DEMO_PROGRAMME = 'Pordenone peer mentoring, spring round';
export const DEMO_OPEN_PROGRAMME = 'Cascais circular economy round';
const DAY = 86_400_000;

/**
 * Demo mentoring for `npm start`, through the real services: 21 approved mentors across the
 * four territories, mentee profiles, open requests, and one published programme whose pairs
 * accepted and met (a past session with feedback, an upcoming one proposed), and one in Cascais
 * just published, its match waiting for answers. Runs once: each programme's presence marks its
 * part done.
 */
@Injectable()
export class DemoMentoring {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: DemoAccounts,
    private readonly users: UsersService,
    private readonly profiles: ProfilesService,
    private readonly requests: RequestsService,
    private readonly programmes: ProgrammesService,
    private readonly relationships: RelationshipsService,
  ) {}

  async seed(): Promise<boolean> {
    const seeded = await this.seedPeopleAndSpringRound();
    return (await this.seedOpenRound()) || seeded;
  }

  /** Published in Cascais and not answered yet: Ana Student finds her match on /mentoring. */
  private async seedOpenRound(): Promise<boolean> {
    if (await this.dataSource.getRepository(ProgrammeEntity).existsBy({ name: DEMO_OPEN_PROGRAMME })) return false;
    const partner = await this.users.actingAs('partner.cascais@academy.test');
    const year = new Date().getUTCFullYear();
    const programme = await this.programmes.create(partner, { name: DEMO_OPEN_PROGRAMME, startsOn: `${year + 1}-02-01`, endsOn: `${year + 1}-07-31` });
    const people = async (emails: string[]) => Promise.all(emails.map(async (email) => (await this.users.actingAs(email)).id));
    await this.programmes.addParticipants(
      partner,
      programme.id,
      await people(DEMO_MENTORS.filter((m) => m.territory === 'cascais').map((m) => m.email)),
      await people(['student@academy.test']),
    );
    await this.programmes.match(partner, programme.id);
    await this.programmes.publish(partner, programme.id);
    return true;
  }

  private async seedPeopleAndSpringRound(): Promise<boolean> {
    if (await this.dataSource.getRepository(ProgrammeEntity).existsBy({ name: DEMO_PROGRAMME })) return false;
    const ids = await this.accounts.ensurePeople([
      ...DEMO_MENTORS.map(({ email, displayName, territory, language }) => ({ email, displayName, territory, language, profile: 'practising_entrepreneur' as const })),
      ...DEMO_MENTEES.map(({ email, displayName, territory, language, profile }) => ({ email, displayName, territory, language, profile })),
    ]);
    const admin = await this.users.actingAs('admin@academy.test');
    for (const mentor of DEMO_MENTORS) {
      const person = await this.users.actingAs(mentor.email);
      const { email: _email, displayName: _name, territory: _territory, language: _language, ...profile } = mentor;
      await this.profiles.saveMentorProfile(person, profile);
      await this.dataSource.getRepository(MentorProfileEntity).update({ userId: person.id }, { status: 'approved', reviewedById: admin.id });
    }
    for (const mentee of DEMO_MENTEES) {
      const person = await this.users.actingAs(mentee.email);
      await this.profiles.saveMenteeProfile(person, {
        goals: mentee.goals,
        competences: mentee.competences,
        sector: mentee.sector,
        languages: mentee.languages,
        formats: ['online', 'in-person'],
        availability: ['weekday-evening', 'weekend'],
        experienceYears: mentee.profile === 'practising_entrepreneur' ? 3 : 0,
        preferredMentorId: null,
      });
    }
    const mentorId = async (email: string) => (await this.profiles.mentors('m.user_id = :p0', [ids.get(email)])).at(0)?.profile.id ?? '';
    // Self-service: Luca and Ana each wait for an answer.
    await this.requests.create(await this.users.actingAs('learner@academy.test'), await mentorId('mentor.chiara@academy.test'), 'Ciao Chiara, I am preparing the funding plan for a social farm: could you mentor me?');
    await this.requests.create(await this.users.actingAs('student@academy.test'), await mentorId('mentor.rita@academy.test'), 'Olá Rita, I would love to learn how Mar Limpo pays its staff.');

    // A programme round in Pordenone, published and accepted by every pair.
    const partner = await this.users.actingAs('partner.pordenone@academy.test');
    const year = new Date().getUTCFullYear();
    const programme = await this.programmes.create(partner, { name: DEMO_PROGRAMME, startsOn: `${year}-01-15`, endsOn: `${year + 1}-06-30` });
    const pordenoneMentors = DEMO_MENTORS.filter((m) => m.territory === 'pordenone' && m.email !== 'mentor.chiara@academy.test');
    const programmeMentees = DEMO_MENTEES.filter((m) => m.email.startsWith('mentee.'));
    await this.programmes.addParticipants(
      partner,
      programme.id,
      pordenoneMentors.map((m) => ids.get(m.email) ?? ''),
      programmeMentees.map((m) => ids.get(m.email) ?? ''),
    );
    await this.programmes.match(partner, programme.id);
    const published = await this.programmes.publish(partner, programme.id);
    for (const [index, pair] of published.pairs.entries()) {
      const mentor = await this.users.actingAs(DEMO_MENTORS.find((m) => ids.get(m.email) === pair.mentor.userId)?.email ?? '');
      const mentee = await this.users.actingAs(DEMO_MENTEES.find((m) => ids.get(m.email) === pair.mentee.userId)?.email ?? '');
      await this.programmes.respond(mentee, pair.id, true);
      const { relationshipId } = await this.programmes.respond(mentor, pair.id, true);
      if (!relationshipId) continue;
      // Every pair met two weeks ago and gave feedback; the first also plans the next meeting.
      const met = await this.relationships.propose(mentee, relationshipId, {
        startsAt: new Date(Date.now() - 14 * DAY),
        durationMinutes: 60,
        format: 'online',
        where: 'https://meet.jit.si/academy-demo',
      });
      const past = met.sessions[0];
      if (past) {
        await this.relationships.confirm(mentor, past.id);
        await this.relationships.feedback(mentee, past.id, 5, 'Clear next steps for our funding plan.');
        await this.relationships.feedback(mentor, past.id, 4, 'Good questions; we agreed on homework.');
        await this.relationships.addNote(mentor, relationshipId, 'Homework: a one-page budget and a list of three possible funders.');
      }
      if (index === 0)
        await this.relationships.propose(mentor, relationshipId, {
          startsAt: new Date(Date.now() + 7 * DAY),
          durationMinutes: 45,
          format: 'in-person',
          where: 'Coworking Pordenone, via Mazzini 12',
        });
    }
    return true;
  }
}

/**
 * The fact families that read a sentence after the core rules of facts.ts (which set the clause's actor):
 * verdicts and appeals, intelligence and cooperation, recruitment and financing, people, movements, armed
 * organisations, places of agencies and sites, events' targets and speakers, and dates (last, once every event of the
 * sentence is known).
 */
import type { FactContext } from '../fact-context.ts';
import { allianceFacts } from './alliances.ts';
import { attachmentFacts } from './attachment.ts';
import { dateFacts } from './dates.ts';
import { eventFacts } from './events.ts';
import { honourFacts } from './honours.ts';
import { intelligenceFacts } from './intelligence.ts';
import { appealFacts, referralFacts, verdictFacts } from './justice.ts';
import { movementFacts } from './movement.ts';
import { organisationFacts } from './organisations.ts';
import { peopleFacts } from './people.ts';
import { placeFacts, sitePlaceFacts } from './places.ts';
import { recruitmentFacts } from './recruitment.ts';
import { statecraftFacts } from './statecraft.ts';
import { violenceFacts } from './violence.ts';

export function laterFacts(fc: FactContext): void {
  verdictFacts(fc);
  appealFacts(fc);
  referralFacts(fc);
  intelligenceFacts(fc);
  recruitmentFacts(fc);
  peopleFacts(fc);
  movementFacts(fc);
  organisationFacts(fc);
  allianceFacts(fc);
  honourFacts(fc);
  statecraftFacts(fc);
  placeFacts(fc);
  violenceFacts(fc);
  eventFacts(fc);
  attachmentFacts(fc);
  sitePlaceFacts(fc);
  dateFacts(fc);
}

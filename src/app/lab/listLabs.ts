/** `elsim lab list`: the labs in fixtures/labs, with their titles and where the guide has them. */
import { labNames, readLabDefinition } from './labDefinition.js';

export interface LabSummary {
  name: string;
  title: string;
  guide: string;
  goals: number;
}

export function listLabs(): LabSummary[] {
  return labNames().map((n) => {
    const d = readLabDefinition(n);
    return { name: n, title: d.title, guide: d.guide, goals: d.goals.length };
  });
}

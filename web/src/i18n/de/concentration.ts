/** Supply concentration per capability. */
export const concentration = {
  title: 'Konzentration der Anbieter',
  intro: 'Je Fähigkeit: wie viele Anbieter es im gewählten Bereich gibt und welcher Anteil im Kreis und in der Unternehmensgruppe mit den meisten von ihnen sitzt. Ein hoher Anteil heißt: Ein regionaler Ausfall oder der Ausfall einer Gruppe schneidet die Versorgung ab.',
  filters: 'Bereich',
  scope: 'Bereich',
  everything: 'Alle Unternehmen',
  scopeLabel: (name: string) => `Bereich: ${name}`,
  downloadCsv: 'CSV herunterladen',
  downloadFailed: 'Der Download ist fehlgeschlagen.',
  empty: 'In diesem Bereich hat kein Unternehmen eine Fähigkeit angegeben.',
  listTitle: (n: number) => (n === 1 ? '1 Fähigkeit' : `${n} Fähigkeiten`),
  clustered: (n: number) => (n === 1
    ? 'Bei 1 Fähigkeit sitzt mindestens die Hälfte der Anbieter in einem Kreis.'
    : `Bei ${n} Fähigkeiten sitzt mindestens die Hälfte der Anbieter in einem Kreis.`),
  capability: 'Fähigkeit',
  suppliers: 'Anbieter',
  largestRegion: 'Größter Kreis (Anteil)',
  largestGroup: 'Größte Gruppe (Anteil)',
  noRegion: 'ohne Kreis',
  confidentialGroup: 'vertrauliche Gruppe',
  all: 'alle hier',
  most: 'Mehrheit hier',
};

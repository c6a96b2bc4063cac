/**
 * Generates the demo data set in seed/demo/*.json, deterministically (fixed random seed): the real
 * public organisations (DEFENCE.NRW and its networks, BVMW chapters, six primes) and fictional
 * Tier-1 suppliers and SMEs with fictional people. Programs, supply links and supply roles are
 * fictional illustrations and say nothing about real contracts.
 *
 * Run: npm run seed:generate
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { seededRandom } from '../src/common/seeded-random';

type Row = Record<string, unknown>;

const OUT_DIR = path.join(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '..', '..', 'seed') : __dirname, 'demo');

const random = seededRandom(20261121);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const chance = (p: number) => random() < p;
function pickSome<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return chosen;
}
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------- regions
// ags: the official key (Amtlicher Gemeindeschlüssel) of the region, which joins it to the BKG boundaries.
interface RegionSeed { id: string; name: string; kind: string; parentId: string | null; ags: string; lat?: number; lon?: number; towns?: [string, string, number, number][] }
const REGIONS: RegionSeed[] = [
  { id: 'nrw', name: 'Nordrhein-Westfalen', kind: 'LAND', parentId: null, ags: '05' },
  { id: 'rb-duesseldorf', name: 'Regierungsbezirk Düsseldorf', kind: 'REGIERUNGSBEZIRK', parentId: 'nrw', ags: '051' },
  { id: 'rb-koeln', name: 'Regierungsbezirk Köln', kind: 'REGIERUNGSBEZIRK', parentId: 'nrw', ags: '053' },
  { id: 'rb-muenster', name: 'Regierungsbezirk Münster', kind: 'REGIERUNGSBEZIRK', parentId: 'nrw', ags: '055' },
  { id: 'rb-detmold', name: 'Regierungsbezirk Detmold', kind: 'REGIERUNGSBEZIRK', parentId: 'nrw', ags: '057' },
  { id: 'rb-arnsberg', name: 'Regierungsbezirk Arnsberg', kind: 'REGIERUNGSBEZIRK', parentId: 'nrw', ags: '059' },
  { id: 'duesseldorf', name: 'Düsseldorf', kind: 'KREISFREIE_STADT', parentId: 'rb-duesseldorf', ags: '05111', towns: [['Düsseldorf', '40210', 51.2277, 6.7735]] },
  { id: 'duisburg', name: 'Duisburg', kind: 'KREISFREIE_STADT', parentId: 'rb-duesseldorf', ags: '05112', towns: [['Duisburg', '47051', 51.4344, 6.7623]] },
  { id: 'essen', name: 'Essen', kind: 'KREISFREIE_STADT', parentId: 'rb-duesseldorf', ags: '05113', towns: [['Essen', '45127', 51.4556, 7.0116]] },
  { id: 'krefeld', name: 'Krefeld', kind: 'KREISFREIE_STADT', parentId: 'rb-duesseldorf', ags: '05114', towns: [['Krefeld', '47798', 51.3388, 6.5853]] },
  { id: 'moenchengladbach', name: 'Mönchengladbach', kind: 'KREISFREIE_STADT', parentId: 'rb-duesseldorf', ags: '05116', towns: [['Mönchengladbach', '41061', 51.1805, 6.4428]] },
  { id: 'kreis-mettmann', name: 'Kreis Mettmann', kind: 'KREIS', parentId: 'rb-duesseldorf', ags: '05158', towns: [['Ratingen', '40878', 51.2973, 6.8493], ['Velbert', '42551', 51.3396, 7.0434], ['Mettmann', '40822', 51.2504, 6.9748]] },
  { id: 'rhein-kreis-neuss', name: 'Rhein-Kreis Neuss', kind: 'KREIS', parentId: 'rb-duesseldorf', ags: '05162', towns: [['Neuss', '41460', 51.2042, 6.6879], ['Grevenbroich', '41515', 51.0904, 6.5876]] },
  { id: 'kreis-wesel', name: 'Kreis Wesel', kind: 'KREIS', parentId: 'rb-duesseldorf', ags: '05170', towns: [['Wesel', '46483', 51.6586, 6.6178], ['Moers', '47441', 51.4516, 6.6408]] },
  { id: 'koeln', name: 'Köln', kind: 'KREISFREIE_STADT', parentId: 'rb-koeln', ags: '05315', towns: [['Köln', '50667', 50.9375, 6.9603]] },
  { id: 'bonn', name: 'Bonn', kind: 'KREISFREIE_STADT', parentId: 'rb-koeln', ags: '05314', towns: [['Bonn', '53111', 50.7374, 7.0982]] },
  { id: 'leverkusen', name: 'Leverkusen', kind: 'KREISFREIE_STADT', parentId: 'rb-koeln', ags: '05316', towns: [['Leverkusen', '51373', 51.0459, 7.0192]] },
  { id: 'staedteregion-aachen', name: 'Städteregion Aachen', kind: 'KREIS', parentId: 'rb-koeln', ags: '05334', towns: [['Aachen', '52062', 50.7753, 6.0839], ['Alsdorf', '52477', 50.8756, 6.1681]] },
  { id: 'rhein-sieg-kreis', name: 'Rhein-Sieg-Kreis', kind: 'KREIS', parentId: 'rb-koeln', ags: '05382', towns: [['Siegburg', '53721', 50.7998, 7.2075], ['Troisdorf', '53840', 50.8161, 7.1556]] },
  { id: 'oberbergischer-kreis', name: 'Oberbergischer Kreis', kind: 'KREIS', parentId: 'rb-koeln', ags: '05374', towns: [['Gummersbach', '51643', 51.0262, 7.5645], ['Wipperfürth', '51688', 51.1167, 7.3986]] },
  { id: 'muenster', name: 'Münster', kind: 'KREISFREIE_STADT', parentId: 'rb-muenster', ags: '05515', towns: [['Münster', '48143', 51.9607, 7.6261]] },
  { id: 'gelsenkirchen', name: 'Gelsenkirchen', kind: 'KREISFREIE_STADT', parentId: 'rb-muenster', ags: '05513', towns: [['Gelsenkirchen', '45879', 51.5177, 7.0857]] },
  { id: 'kreis-steinfurt', name: 'Kreis Steinfurt', kind: 'KREIS', parentId: 'rb-muenster', ags: '05566', towns: [['Rheine', '48431', 52.28, 7.44], ['Ibbenbüren', '49477', 52.2778, 7.7167]] },
  { id: 'kreis-borken', name: 'Kreis Borken', kind: 'KREIS', parentId: 'rb-muenster', ags: '05554', towns: [['Bocholt', '46395', 51.8386, 6.6153], ['Borken', '46325', 51.8436, 6.8578]] },
  { id: 'kreis-recklinghausen', name: 'Kreis Recklinghausen', kind: 'KREIS', parentId: 'rb-muenster', ags: '05562', towns: [['Recklinghausen', '45657', 51.6141, 7.1979], ['Marl', '45768', 51.6567, 7.09]] },
  { id: 'bielefeld', name: 'Bielefeld', kind: 'KREISFREIE_STADT', parentId: 'rb-detmold', ags: '05711', towns: [['Bielefeld', '33602', 52.0302, 8.5325]] },
  { id: 'kreis-guetersloh', name: 'Kreis Gütersloh', kind: 'KREIS', parentId: 'rb-detmold', ags: '05754', towns: [['Gütersloh', '33330', 51.9063, 8.3784], ['Rheda-Wiedenbrück', '33378', 51.8464, 8.3]] },
  { id: 'kreis-paderborn', name: 'Kreis Paderborn', kind: 'KREIS', parentId: 'rb-detmold', ags: '05774', towns: [['Paderborn', '33098', 51.7189, 8.7575]] },
  { id: 'kreis-lippe', name: 'Kreis Lippe', kind: 'KREIS', parentId: 'rb-detmold', ags: '05766', towns: [['Detmold', '32756', 51.9387, 8.879], ['Lemgo', '32657', 52.0281, 8.9014]] },
  { id: 'dortmund', name: 'Dortmund', kind: 'KREISFREIE_STADT', parentId: 'rb-arnsberg', ags: '05913', towns: [['Dortmund', '44135', 51.5136, 7.4653]] },
  { id: 'bochum', name: 'Bochum', kind: 'KREISFREIE_STADT', parentId: 'rb-arnsberg', ags: '05911', towns: [['Bochum', '44787', 51.4818, 7.2162]] },
  { id: 'hagen', name: 'Hagen', kind: 'KREISFREIE_STADT', parentId: 'rb-arnsberg', ags: '05914', towns: [['Hagen', '58095', 51.3671, 7.4633]] },
  { id: 'maerkischer-kreis', name: 'Märkischer Kreis', kind: 'KREIS', parentId: 'rb-arnsberg', ags: '05962', towns: [['Lüdenscheid', '58507', 51.2197, 7.6273], ['Iserlohn', '58636', 51.3759, 7.695], ['Menden', '58706', 51.4433, 7.7917]] },
  { id: 'ennepe-ruhr-kreis', name: 'Ennepe-Ruhr-Kreis', kind: 'KREIS', parentId: 'rb-arnsberg', ags: '05954', towns: [['Schwelm', '58332', 51.2857, 7.2938], ['Witten', '58452', 51.4433, 7.3353], ['Hattingen', '45525', 51.3994, 7.1858]] },
  { id: 'kreis-siegen-wittgenstein', name: 'Kreis Siegen-Wittgenstein', kind: 'KREIS', parentId: 'rb-arnsberg', ags: '05970', towns: [['Siegen', '57072', 50.8748, 8.0243], ['Kreuztal', '57223', 50.9622, 7.9886]] },
  { id: 'hochsauerlandkreis', name: 'Hochsauerlandkreis', kind: 'KREIS', parentId: 'rb-arnsberg', ags: '05958', towns: [['Arnsberg', '59821', 51.3968, 8.0644], ['Meschede', '59872', 51.3503, 8.2836]] },
  { id: 'kreis-soest', name: 'Kreis Soest', kind: 'KREIS', parentId: 'rb-arnsberg', ags: '05974', towns: [['Lippstadt', '59555', 51.6739, 8.3449], ['Soest', '59494', 51.5711, 8.1092]] },
  { id: 'schleswig-holstein', name: 'Schleswig-Holstein', kind: 'LAND', parentId: null, ags: '01' },
  { id: 'kiel', name: 'Kiel', kind: 'KREISFREIE_STADT', parentId: 'schleswig-holstein', ags: '01002', towns: [['Kiel', '24143', 54.3233, 10.1228]] },
  { id: 'bayern', name: 'Bayern', kind: 'LAND', parentId: null, ags: '09' },
  { id: 'muenchen', name: 'München', kind: 'KREISFREIE_STADT', parentId: 'bayern', ags: '09162', towns: [['München', '80997', 48.1351, 11.582]] },
  { id: 'landkreis-muenchen', name: 'Landkreis München', kind: 'KREIS', parentId: 'bayern', ags: '09184', towns: [['Taufkirchen', '82024', 48.0486, 11.6169]] },
  { id: 'baden-wuerttemberg', name: 'Baden-Württemberg', kind: 'LAND', parentId: null, ags: '08' },
  { id: 'bodenseekreis', name: 'Bodenseekreis', kind: 'KREIS', parentId: 'baden-wuerttemberg', ags: '08435', towns: [['Überlingen', '88662', 47.7667, 9.1583]] },
  { id: 'bremen-land', name: 'Bremen', kind: 'LAND', parentId: null, ags: '04' },
  { id: 'bremen', name: 'Stadt Bremen', kind: 'KREISFREIE_STADT', parentId: 'bremen-land', ags: '04011', towns: [['Bremen', '28199', 53.0793, 8.8017]] },
];
const NRW_DISTRICTS = REGIONS.filter((r) => r.towns && REGIONS.find((p) => p.id === r.parentId)?.kind === 'REGIERUNGSBEZIRK');

// ---------------------------------------------------------------- networks
const NETWORKS: Row[] = [
  { id: 'defence-nrw', name: 'DEFENCE.NRW', kind: 'UMBRELLA', parentId: null, description: 'Umbrella of six NRW networks for the security and defence industry' },
  { id: 'nmwp-nrw', name: 'NMWP.NRW', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Nanotechnology, microsystems, new materials, photonics' },
  { id: 'zenit', name: 'ZENIT GmbH', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Innovation and EU partnering' },
  { id: 'ki-nrw', name: 'KI.NRW', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Artificial intelligence' },
  { id: 'digital-sicher-nrw', name: 'Digital.Sicher.NRW', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Cyber security' },
  { id: 'aerospace-nrw', name: 'AeroSpace.NRW', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Aviation and space' },
  { id: 'automotiveland-nrw', name: 'automotiveland.nrw', kind: 'CLUSTER', parentId: 'defence-nrw', description: 'Vehicle industry' },
  { id: 'bvmw', name: 'BVMW – Der Mittelstand', kind: 'ASSOCIATION', parentId: null, description: 'Association of small and medium-sized businesses' },
  { id: 'bvmw-sv-netzwerk', name: 'BVMW Wertschöpfungsnetzwerk Sicherheits- und Verteidigungsindustrie', kind: 'ASSOCIATION', parentId: 'bvmw', description: 'Value network that awards the "Defence Ready" label' },
  { id: 'bvmw-hagen', name: 'BVMW Hagen', kind: 'CHAPTER', parentId: 'bvmw-sv-netzwerk', description: 'Regional chapter' },
  { id: 'bvmw-maerkischer-kreis', name: 'BVMW Märkischer Kreis', kind: 'CHAPTER', parentId: 'bvmw-sv-netzwerk', description: 'Regional chapter' },
  { id: 'bvmw-ennepe-ruhr', name: 'BVMW Ennepe-Ruhr-Kreis', kind: 'CHAPTER', parentId: 'bvmw-sv-netzwerk', description: 'Regional chapter' },
].map((n) => ({ website: null, ...n }));

// ---------------------------------------------------------------- capabilities
type CapSeed = [id: string, name: string, nameDe: string, parentId: string | null, nsc?: string];
const CAPABILITIES: CapSeed[] = [
  ['advanced-materials', 'Advanced materials', 'Neue Werkstoffe', null],
  ['high-performance-ceramics', 'High-performance ceramics', 'Hochleistungskeramik', 'advanced-materials'],
  ['ceramic-armour-tiles', 'Ceramic armour tiles', 'Keramische Schutzkacheln', 'high-performance-ceramics', '9390'],
  ['technical-ceramics-machining', 'Machining of technical ceramics', 'Bearbeitung technischer Keramik', 'high-performance-ceramics'],
  ['composites', 'Composites', 'Faserverbundwerkstoffe', 'advanced-materials'],
  ['cfrp-structures', 'CFRP structures', 'CFK-Strukturbauteile', 'composites', '1560'],
  ['aramid-ballistic-laminates', 'Aramid ballistic laminates', 'Ballistische Aramidlaminate', 'composites', '8470'],
  ['armour-steel', 'Armour steel', 'Panzerstahl', 'advanced-materials', '9515'],
  ['armour-steel-plates', 'Armour steel plates and cut parts', 'Panzerstahlbleche und Zuschnitte', 'armour-steel', '9515'],
  ['coatings', 'Coatings', 'Beschichtungen', 'advanced-materials'],
  ['thermal-spray-coatings', 'Thermal spray coatings', 'Thermische Spritzschichten', 'coatings'],
  ['signature-reduction-coatings', 'Signature reduction coatings', 'Signaturreduzierende Beschichtungen', 'coatings', '8010'],
  ['corrosion-protection', 'Corrosion protection', 'Korrosionsschutz', 'coatings', '8030'],
  ['photonics', 'Photonics', 'Photonik', null],
  ['lasers', 'Lasers', 'Laser', 'photonics'],
  ['high-power-lasers', 'High-power lasers', 'Hochleistungslaser', 'lasers', '5860'],
  ['laser-rangefinders', 'Laser rangefinders', 'Laserentfernungsmesser', 'lasers', '1240'],
  ['optics', 'Optics', 'Optik', 'photonics'],
  ['precision-optics', 'Precision optics', 'Präzisionsoptik', 'optics', '6650'],
  ['infrared-optics', 'Infrared optics', 'Infrarotoptik', 'optics', '6650'],
  ['optical-sensors', 'Optical sensors', 'Optische Sensoren', 'photonics'],
  ['infrared-detectors', 'Infrared detectors', 'Infrarotdetektoren', 'optical-sensors', '5855'],
  ['lidar', 'LiDAR', 'LiDAR', 'optical-sensors'],
  ['night-vision', 'Night vision', 'Nachtsicht', 'photonics', '5855'],
  ['image-intensifier-tubes', 'Image intensifier tubes', 'Bildverstärkerröhren', 'night-vision', '5855'],
  ['thermal-imaging-cameras', 'Thermal imaging cameras', 'Wärmebildkameras', 'night-vision', '5855'],
  ['nano-microsystems', 'Nano and microsystems', 'Nano- und Mikrosystemtechnik', null],
  ['mems', 'MEMS', 'MEMS', 'nano-microsystems'],
  ['mems-inertial-sensors', 'MEMS inertial sensors', 'MEMS-Inertialsensoren', 'mems', '6605'],
  ['mems-pressure-sensors', 'MEMS pressure sensors', 'MEMS-Drucksensoren', 'mems', '6685'],
  ['micro-optics', 'Micro-optics', 'Mikrooptik', 'nano-microsystems'],
  ['diffractive-optics', 'Diffractive optics', 'Diffraktive Optik', 'micro-optics'],
  ['thin-film-technology', 'Thin-film technology', 'Dünnschichttechnik', 'nano-microsystems'],
  ['artificial-intelligence', 'Artificial intelligence', 'Künstliche Intelligenz', null],
  ['computer-vision', 'Computer vision', 'Bildverarbeitung', 'artificial-intelligence'],
  ['automatic-target-recognition', 'Automatic target recognition', 'Automatische Zielerkennung', 'computer-vision'],
  ['sensor-fusion', 'Sensor fusion', 'Sensordatenfusion', 'artificial-intelligence'],
  ['predictive-maintenance', 'Predictive maintenance', 'Vorausschauende Instandhaltung', 'artificial-intelligence'],
  ['edge-ai', 'Edge AI on embedded hardware', 'Edge-KI auf eingebetteter Hardware', 'artificial-intelligence'],
  ['cyber-security', 'Cyber security', 'Cybersicherheit', null],
  ['secure-communication', 'Secure communication', 'Sichere Kommunikation', 'cyber-security', '5810'],
  ['ot-security', 'OT security', 'OT-Sicherheit', 'cyber-security'],
  ['cryptography', 'Cryptography', 'Kryptografie', 'cyber-security', '5810'],
  ['penetration-testing', 'Penetration testing', 'Penetrationstests', 'cyber-security'],
  ['secure-software-development', 'Secure software development', 'Sichere Softwareentwicklung', 'cyber-security'],
  ['aerospace', 'Aerospace', 'Luft- und Raumfahrt', null],
  ['aerostructures', 'Aerostructures', 'Luftfahrtstrukturen', 'aerospace', '1560'],
  ['avionics', 'Avionics', 'Avionik', 'aerospace', '5826'],
  ['avionics-software', 'Avionics software (DO-178C)', 'Avioniksoftware (DO-178C)', 'avionics'],
  ['space-systems', 'Space systems', 'Raumfahrtsysteme', 'aerospace'],
  ['satellite-components', 'Satellite components', 'Satellitenkomponenten', 'space-systems'],
  ['uav-systems', 'UAV systems', 'Unbemannte Luftfahrzeuge', 'aerospace', '1550'],
  ['manufacturing', 'Manufacturing', 'Fertigung', null],
  ['precision-machining', 'Precision machining', 'Präzisionszerspanung', 'manufacturing'],
  ['cnc-5-axis-milling', '5-axis CNC milling', '5-Achs-CNC-Fräsen', 'precision-machining'],
  ['cnc-turning', 'CNC turning', 'CNC-Drehen', 'precision-machining'],
  ['additive-manufacturing', 'Additive manufacturing', 'Additive Fertigung', 'manufacturing'],
  ['metal-additive-manufacturing', 'Metal additive manufacturing', 'Metall-3D-Druck', 'additive-manufacturing'],
  ['welding', 'Welding', 'Schweißen', 'manufacturing'],
  ['laser-beam-welding', 'Laser beam welding', 'Laserstrahlschweißen', 'welding'],
  ['armour-steel-welding', 'Armour steel welding', 'Panzerstahlschweißen', 'welding'],
  ['sheet-metal-fabrication', 'Sheet metal fabrication', 'Blechbearbeitung', 'manufacturing'],
  ['forging-casting', 'Forging and casting', 'Schmieden und Gießen', 'manufacturing'],
  ['surface-treatment', 'Surface treatment', 'Oberflächentechnik', 'manufacturing'],
  ['electronics', 'Electronics', 'Elektronik', null],
  ['cable-harnesses', 'Cable harnesses', 'Kabelbäume', 'electronics', '6150'],
  ['pcb-assembly', 'PCB assembly', 'Leiterplattenbestückung', 'electronics', '5998'],
  ['emc-testing', 'EMC testing', 'EMV-Prüfung', 'electronics'],
  ['power-electronics', 'Power electronics', 'Leistungselektronik', 'electronics', '6130'],
  ['rf-electronics', 'RF electronics and antennas', 'HF-Elektronik und Antennen', 'electronics', '5985'],
  ['embedded-systems', 'Embedded systems', 'Eingebettete Systeme', 'electronics'],
  ['rugged-computers', 'Rugged computers', 'Gehärtete Rechner', 'electronics', '7021'],
];
const capabilityIds = new Set(CAPABILITIES.map((c) => c[0]));
const leavesOf = (domain: string) =>
  CAPABILITIES.filter(([id]) => !CAPABILITIES.some((c) => c[3] === id)).filter(([id]) => {
    let current: CapSeed | undefined = CAPABILITIES.find((c) => c[0] === id);
    while (current && current[3]) current = CAPABILITIES.find((c) => c[0] === current![3]);
    return current?.[0] === domain;
  }).map(([id]) => id);

/** Nobody in the demo network holds these: roles needing them show real capability gaps. */
const UNHELD = new Set(['image-intensifier-tubes']);
/** Held only outside NRW (companies added last): a gap for NRW networks that a company from elsewhere could close. */
const OUTSIDE_NRW_ONLY = new Set(['satellite-components']);
/** Exactly one company holds these: single sources. */
const SINGLE_SOURCE: Record<string, string> = {
  'high-power-lasers': 'sme-sauerland-photonik',
  'diffractive-optics': 'sme-lippe-mikrooptik',
  'armour-steel-welding': 'sme-maerkische-schutzbau',
};

// ---------------------------------------------------------------- certifications
const CERTIFICATIONS: Row[] = [
  { id: 'iso-9001', name: 'ISO 9001', category: 'QUALITY', validityYears: 3, isQualityManagement: true, description: 'Quality management systems' },
  { id: 'en-9100', name: 'EN 9100 / AS 9100', category: 'AEROSPACE', validityYears: 3, includes: ['iso-9001'], description: 'Quality management for aviation, space and defence' },
  { id: 'aqap-2110', name: 'AQAP 2110', category: 'DEFENCE', validityYears: 3, includes: ['iso-9001'], description: 'NATO quality assurance requirements (ISO 9001 plus NATO requirements)' },
  { id: 'aqap-2310', name: 'AQAP 2310', category: 'DEFENCE', validityYears: 3, includes: ['en-9100', 'aqap-2110'], description: 'NATO quality assurance for aviation, space and defence suppliers (AS 9100 plus NATO)' },
  { id: 'iso-27001', name: 'ISO/IEC 27001', category: 'INFORMATION_SECURITY', validityYears: 3, description: 'Information security management' },
  { id: 'tisax', name: 'TISAX', category: 'INFORMATION_SECURITY', validityYears: 3, description: 'Information security assessment exchange (labels last three years)' },
  { id: 'iso-14001', name: 'ISO 14001', category: 'ENVIRONMENT', validityYears: 3, description: 'Environmental management' },
  { id: 'iso-3834', name: 'ISO 3834', category: 'WELDING', validityYears: 3, description: 'Quality requirements for fusion welding' },
  { id: 'en-15085', name: 'EN 15085', category: 'WELDING', validityYears: 3, description: 'Welding of railway vehicles and components' },
  { id: 'iatf-16949', name: 'IATF 16949', category: 'AUTOMOTIVE', validityYears: 3, includes: ['iso-9001'], description: 'Automotive quality management' },
  { id: 'iso-45001', name: 'ISO 45001', category: 'QUALITY', validityYears: 3, description: 'Occupational health and safety' },
  { id: 'iso-17025', name: 'ISO/IEC 17025', category: 'QUALITY', validityYears: 5, description: 'Competence of testing and calibration laboratories' },
];

// ---------------------------------------------------------------- companies
interface CompanySeed {
  id: string; name: string; legalForm: string; sizeClass: string; employees: number | null; regionId: string;
  town: [string, string, number, number]; description: string; isPrime: boolean; domain: string | null;
  parentGroupId?: string;
}
const companies: CompanySeed[] = [];
const regionById = new Map(REGIONS.map((r) => [r.id, r]));
const townOf = (regionId: string) => pick(regionById.get(regionId)!.towns!);

const PRIMES: [string, string, string, string, string][] = [
  ['rheinmetall', 'Rheinmetall', 'AG', 'duesseldorf', 'Prime contractor for vehicle systems, weapons and ammunition'],
  ['tkms', 'thyssenkrupp Marine Systems', 'GmbH', 'kiel', 'Prime contractor for submarines and naval surface vessels'],
  ['knds-deutschland', 'KNDS Deutschland', 'GmbH & Co. KG', 'muenchen', 'Prime contractor for armoured vehicles and artillery systems'],
  ['hensoldt', 'HENSOLDT', 'AG', 'landkreis-muenchen', 'Prime contractor for sensor solutions: radar, optronics, electronic warfare'],
  ['airbus-defence-and-space', 'Airbus Defence and Space', 'GmbH', 'landkreis-muenchen', 'Prime contractor for military aircraft, space and unmanned systems'],
  ['diehl-defence', 'Diehl Defence', 'GmbH & Co. KG', 'bodenseekreis', 'Prime contractor for guided missiles, air defence and ammunition'],
];
for (const [id, name, legalForm, regionId, description] of PRIMES) {
  companies.push({ id, name: `${name} ${legalForm}`, legalForm, sizeClass: 'LARGE', employees: null, regionId, town: townOf(regionId), description, isPrime: true, domain: null });
}

const TIER1: [string, string, string, string, string, string][] = [
  ['t1-rheinland-systemtechnik', 'Rheinland Systemtechnik', 'GmbH', 'koeln', 'manufacturing', 'Vehicle subsystems and turret integration'],
  ['t1-ruhr-schutzsysteme', 'Ruhr Schutzsysteme', 'GmbH', 'essen', 'advanced-materials', 'Protection modules for armoured vehicles'],
  ['t1-westfalen-optronik', 'Westfalen Optronik', 'GmbH', 'muenster', 'photonics', 'Optronic sights and sensor heads'],
  ['t1-niederrhein-marinetechnik', 'Niederrhein Marinetechnik', 'GmbH & Co. KG', 'duisburg', 'manufacturing', 'Naval subsystems and ship equipment'],
  ['t1-bergische-antriebstechnik', 'Bergische Antriebstechnik', 'GmbH', 'kreis-mettmann', 'electronics', 'Drive and power electronics for vehicles'],
  ['t1-lippe-elektroniksysteme', 'Lippe Elektroniksysteme', 'GmbH', 'kreis-lippe', 'electronics', 'Electronic assemblies and vetronics'],
  ['t1-siegerland-munitionstechnik', 'Siegerland Munitionstechnik', 'GmbH', 'kreis-siegen-wittgenstein', 'manufacturing', 'Ammunition bodies and fuze components'],
  ['t1-paderborner-avionik', 'Paderborner Avionik', 'GmbH', 'kreis-paderborn', 'aerospace', 'Avionics units and mission computers'],
  ['t1-aachener-radarsysteme', 'Aachener Radarsysteme', 'GmbH', 'staedteregion-aachen', 'electronics', 'Radar front ends and RF modules'],
  ['t1-bonner-cyberdefence', 'Bonner CyberDefence', 'AG', 'bonn', 'cyber-security', 'Secure communication and crypto systems'],
  ['t1-emscher-leichtbau', 'Emscher Leichtbau', 'GmbH', 'gelsenkirchen', 'aerospace', 'Aerostructures and composite assemblies'],
  ['t1-dortmunder-sensorik', 'Dortmunder Sensorik', 'GmbH', 'dortmund', 'nano-microsystems', 'Navigation and inertial measurement units'],
];
for (const [id, name, legalForm, regionId, domain, description] of TIER1) {
  companies.push({
    id, name: `${name} ${legalForm}`, legalForm, sizeClass: chance(0.6) ? 'LARGE' : 'MEDIUM', employees: between(260, 2400), regionId,
    town: townOf(regionId), description: `Fictional demo company. ${description}.`, isPrime: false, domain,
  });
}

const DOMAIN_WORDS: Record<string, string[]> = {
  'advanced-materials': ['Keramik', 'Werkstofftechnik', 'Composite', 'Schutztechnik', 'Beschichtung', 'Stahlbau'],
  photonics: ['Photonik', 'Optik', 'Lasertechnik', 'Optronik', 'Sensorik'],
  'nano-microsystems': ['Mikrosysteme', 'Mikrooptik', 'MEMS-Technik', 'Dünnschicht'],
  'artificial-intelligence': ['Vision', 'Analytics', 'KI-Systeme', 'Data Labs'],
  'cyber-security': ['Secure IT', 'Cyber', 'Kryptotechnik', 'Sicherheitstechnik'],
  aerospace: ['Aero', 'Luftfahrttechnik', 'Space', 'Flugsysteme'],
  manufacturing: ['Präzisionstechnik', 'Zerspanung', 'Metallbau', 'Fertigungstechnik', 'Schweißtechnik', 'Umformtechnik'],
  electronics: ['Elektronik', 'Kabeltechnik', 'Systemelektronik', 'Hochfrequenztechnik', 'Leistungselektronik'],
};
const DOMAIN_WEIGHTS: [string, number][] = [
  ['manufacturing', 26], ['electronics', 18], ['advanced-materials', 14], ['photonics', 11], ['cyber-security', 9],
  ['artificial-intelligence', 8], ['aerospace', 8], ['nano-microsystems', 6],
];
function weightedDomain(): string {
  const total = DOMAIN_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [domain, weight] of DOMAIN_WEIGHTS) {
    r -= weight;
    if (r < 0) return domain;
  }
  return 'manufacturing';
}
const FAMILY_NAMES = ['Brinkmann', 'Hoffmeister', 'Klöckner', 'Vogelsang', 'Overbeck', 'Steinhaus', 'Wortmann', 'Kemper', 'Hülsmann', 'Schürmann', 'Brüggemann', 'Tillmann', 'Rüsing', 'Lohmann', 'Dreier', 'Korte', 'Heitkamp', 'Sauerland', 'Bökamp', 'Winkelmann', 'Ostendorf', 'Terhorst', 'Holtkamp', 'Niehaus'];
const PLACE_WORDS = ['Ruhr', 'Lenne', 'Volme', 'Sieg', 'Emscher', 'Lippe', 'Wupper', 'Ems', 'Rhein', 'Möhne', 'Bergisch', 'Sauerland', 'Teuto', 'Münsterland', 'Eifel', 'Niederrhein'];
const LEGAL_FORMS = ['GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'KG', 'AG', 'e.K.'];

const FIXED_SMES: [string, string, string, string, string][] = [
  ['sme-sauerland-photonik', 'Sauerland Photonik GmbH', 'hochsauerlandkreis', 'photonics', 'High-power fibre lasers for industrial and directed-energy research'],
  ['sme-lippe-mikrooptik', 'Lippe Mikrooptik GmbH', 'kreis-lippe', 'nano-microsystems', 'Diffractive optical elements and micro-lens arrays'],
  ['sme-maerkische-schutzbau', 'Märkische Schutzbau GmbH & Co. KG', 'maerkischer-kreis', 'manufacturing', 'Welded armour steel hulls and protection kits'],
  ['sme-hagener-keramik', 'Hagener Hochleistungskeramik GmbH', 'hagen', 'advanced-materials', 'Boron carbide and silicon carbide armour tiles'],
  ['sme-ennepe-kabeltechnik', 'Ennepe Kabeltechnik GmbH', 'ennepe-ruhr-kreis', 'electronics', 'Cable harnesses for vehicles and shelters'],
];
const usedNames = new Set<string>();
for (const [id, name, regionId, domain, description] of FIXED_SMES) {
  usedNames.add(name);
  companies.push({
    id, name, legalForm: name.endsWith('KG') ? 'GmbH & Co. KG' : 'GmbH', sizeClass: 'SMALL', employees: between(18, 45), regionId,
    town: townOf(regionId), description: `Fictional demo company. ${description}.`, isPrime: false, domain,
  });
}
while (companies.length < 226) {
  const domain = weightedDomain();
  const legalForm = pick(LEGAL_FORMS);
  const base = chance(0.5) ? pick(FAMILY_NAMES) : pick(PLACE_WORDS);
  const name = `${base} ${pick(DOMAIN_WORDS[domain])} ${legalForm}`;
  if (usedNames.has(name)) continue;
  usedNames.add(name);
  const district = pick(NRW_DISTRICTS);
  const employees = chance(0.25) ? between(3, 9) : chance(0.55) ? between(10, 49) : between(50, 249);
  const sizeClass = employees < 10 ? 'MICRO' : employees < 50 ? 'SMALL' : 'MEDIUM';
  companies.push({
    id: `sme-${slug(name.replace(legalForm, ''))}`, name, legalForm, sizeClass, employees, regionId: district.id, town: townOf(district.id),
    description: `Fictional demo company. ${pick(['Family-owned', 'Owner-managed', 'Founded as a spin-off', 'Hidden champion'])} specialist for ${CAPABILITIES.find((c) => c[0] === domain)![1].toLowerCase()}.`,
    isPrime: false, domain,
  });
}
const smes = companies.filter((c) => c.id.startsWith('sme-'));
const tier1s = companies.filter((c) => c.id.startsWith('t1-'));

// ---------------------------------------------------------------- claims and certificates
const claims: Row[] = [];
const claimed = new Map<string, Map<string, number>>();
function claim(companyId: string, capabilityId: string, level: number, evidenceLevel: string) {
  if (!capabilityIds.has(capabilityId)) throw new Error(`unknown capability ${capabilityId}`);
  const held = claimed.get(companyId) ?? new Map<string, number>();
  if (held.has(capabilityId)) return;
  held.set(capabilityId, level);
  claimed.set(companyId, held);
  claims.push({
    companyId, capabilityId, level, evidenceLevel,
    evidence: pick(['Reference projects for industrial customers', 'Test reports available on request', 'Series production since 2015', 'Qualified by a Tier-1 customer', 'Pilot project with a research institute']),
  });
}
const evidenceLevel = () => (chance(0.3) ? 'VERIFIED' : chance(0.5) ? 'PLAUSIBILITY_CHECKED' : 'SELF_DECLARED');
const isRestricted = (capabilityId: string) => UNHELD.has(capabilityId) || OUTSIDE_NRW_ONLY.has(capabilityId) || capabilityId in SINGLE_SOURCE;
for (const company of [...tier1s, ...smes]) {
  const own = leavesOf(company.domain!).filter((id) => !isRestricted(id));
  for (const capabilityId of pickSome(own, company.id.startsWith('t1-') ? 4 : between(1, 4))) {
    claim(company.id, capabilityId, company.id.startsWith('t1-') ? between(3, 5) : between(1, 5), evidenceLevel());
  }
  if (chance(0.35)) {
    const other = leavesOf(weightedDomain()).filter((id) => !isRestricted(id));
    claim(company.id, pick(other), between(1, 3), 'SELF_DECLARED');
  }
}
for (const [capabilityId, companyId] of Object.entries(SINGLE_SOURCE)) claim(companyId, capabilityId, 4, 'VERIFIED');
claim('sme-hagener-keramik', 'ceramic-armour-tiles', 5, 'VERIFIED');
claim('sme-hagener-keramik', 'technical-ceramics-machining', 4, 'VERIFIED');
claim('sme-maerkische-schutzbau', 'armour-steel-plates', 4, 'PLAUSIBILITY_CHECKED');
claim('sme-ennepe-kabeltechnik', 'cable-harnesses', 5, 'VERIFIED');
claim('sme-lippe-mikrooptik', 'precision-optics', 3, 'PLAUSIBILITY_CHECKED');
claim('sme-sauerland-photonik', 'laser-rangefinders', 3, 'PLAUSIBILITY_CHECKED');

const DOMAIN_CERTIFICATIONS: Record<string, [string, number][]> = {
  'advanced-materials': [['iso-14001', 0.4], ['aqap-2110', 0.25], ['iso-17025', 0.1]],
  photonics: [['en-9100', 0.3], ['aqap-2110', 0.25], ['iso-14001', 0.2]],
  'nano-microsystems': [['en-9100', 0.25], ['iso-14001', 0.25], ['iso-17025', 0.15]],
  'artificial-intelligence': [['iso-27001', 0.45], ['tisax', 0.15]],
  'cyber-security': [['iso-27001', 0.75], ['tisax', 0.3]],
  aerospace: [['en-9100', 0.8], ['aqap-2310', 0.3]],
  manufacturing: [['iso-3834', 0.35], ['iatf-16949', 0.25], ['en-15085', 0.15], ['aqap-2110', 0.15], ['iso-45001', 0.2]],
  electronics: [['iatf-16949', 0.25], ['aqap-2110', 0.2], ['iso-14001', 0.3], ['en-9100', 0.15]],
};
const certificates: Row[] = [];
const AS_OF = new Date('2026-11-21');
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86400000);
function certify(companyId: string, certificationId: string, options: { expired?: boolean; evidence?: string } = {}) {
  if (certificates.some((c) => c.companyId === companyId && c.certificationId === certificationId)) return;
  const validUntil = options.expired ? addDays(AS_OF, -between(10, 200)) : addDays(AS_OF, between(30, 1000));
  certificates.push({
    companyId, certificationId,
    scope: pick(['Design and manufacture', 'Manufacture', 'Development, production and service', 'Production and testing']),
    validFrom: isoDate(addDays(validUntil, -3 * 365)),
    validUntil: isoDate(validUntil),
    evidenceLevel: options.evidence ?? (chance(0.5) ? 'VERIFIED' : chance(0.6) ? 'PLAUSIBILITY_CHECKED' : 'SELF_DECLARED'),
    certificateNumber: `DEMO-${certificationId.toUpperCase()}-${between(10000, 99999)}`,
  });
}
for (const company of [...tier1s, ...smes]) {
  if (company.id.startsWith('t1-') || chance(0.78)) certify(company.id, 'iso-9001', { expired: chance(0.06) });
  for (const [certificationId, p] of DOMAIN_CERTIFICATIONS[company.domain!]) {
    if (chance(company.id.startsWith('t1-') ? Math.min(1, p * 2) : p)) certify(company.id, certificationId, { expired: chance(0.08) });
  }
}
certify('sme-hagener-keramik', 'aqap-2110', { evidence: 'VERIFIED' });
certify('sme-maerkische-schutzbau', 'iso-3834', { evidence: 'VERIFIED' });
certify('sme-maerkische-schutzbau', 'aqap-2110', { expired: true, evidence: 'VERIFIED' });
certify('sme-ennepe-kabeltechnik', 'iatf-16949', { evidence: 'SELF_DECLARED' });
certify('sme-lippe-mikrooptik', 'en-9100', { evidence: 'PLAUSIBILITY_CHECKED' });

// ---------------------------------------------------------------- memberships and contacts
const DOMAIN_CLUSTER: Record<string, string> = {
  'advanced-materials': 'nmwp-nrw', photonics: 'nmwp-nrw', 'nano-microsystems': 'nmwp-nrw', 'artificial-intelligence': 'ki-nrw',
  'cyber-security': 'digital-sicher-nrw', aerospace: 'aerospace-nrw', manufacturing: 'automotiveland-nrw', electronics: 'automotiveland-nrw',
};
const CHAPTER_BY_REGION: Record<string, string> = { hagen: 'bvmw-hagen', 'maerkischer-kreis': 'bvmw-maerkischer-kreis', 'ennepe-ruhr-kreis': 'bvmw-ennepe-ruhr' };
const memberships: Row[] = [];
const since = () => isoDate(new Date(Date.UTC(between(2016, 2026), between(0, 10), between(1, 28))));
for (const company of [...tier1s, ...smes]) {
  if (company.id.startsWith('t1-') || chance(0.75)) memberships.push({ companyId: company.id, networkId: DOMAIN_CLUSTER[company.domain!], since: since() });
  if (chance(0.12)) memberships.push({ companyId: company.id, networkId: 'zenit', since: since() });
  const chapter = CHAPTER_BY_REGION[company.regionId];
  if (chapter && chance(0.8)) memberships.push({ companyId: company.id, networkId: chapter, since: since() });
  else if (chance(0.1)) memberships.push({ companyId: company.id, networkId: 'bvmw-sv-netzwerk', since: since() });
}

const FIRST_NAMES = ['Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Lukas', 'Sophie', 'Paul', 'Hannah', 'Tim', 'Laura', 'Jan', 'Katrin', 'Stefan', 'Miriam', 'Tobias'];
const LAST_NAMES = ['Beispiel', 'Muster', 'Probst', 'Testmann', 'Demming', 'Fiktiv', 'Platzhalter', 'Exempel'];
const FUNCTIONS = ['Geschäftsführung', 'Vertrieb Verteidigung', 'Qualitätsmanagement', 'Business Development', 'Technische Leitung'];
const contacts: Row[] = [];
for (const company of [...tier1s, ...smes]) {
  const first = pick(FIRST_NAMES);
  const last = pick(LAST_NAMES);
  contacts.push({
    id: `contact-${company.id}`, companyId: company.id, name: `${first} ${last}`, function: pick(FUNCTIONS),
    email: `${slug(first)}.${slug(last)}@${company.id}.example`, phone: null,
  });
}

// ---------------------------------------------------------------- programs, supply chains, roles
const PROGRAMS: Row[] = [
  { id: 'prog-radschuetzenpanzer', name: 'Radschützenpanzer 8x8, Los 2 (demo)', primeId: 'rheinmetall', domain: 'LAND', description: 'Fictional demo program: wheeled infantry fighting vehicles' },
  { id: 'prog-munition-155', name: 'Artilleriemunition 155 mm, Hochlauf (demo)', primeId: 'rheinmetall', domain: 'AMMUNITION', description: 'Fictional demo program: ramp-up of artillery ammunition' },
  { id: 'prog-mehrzweckfregatte', name: 'Mehrzweckfregatte (demo)', primeId: 'tkms', domain: 'SEA', description: 'Fictional demo program: multi-role frigates' },
  { id: 'prog-u-boot-nachfolge', name: 'U-Boot-Nachfolge (demo)', primeId: 'tkms', domain: 'SEA', description: 'Fictional demo program: submarines' },
  { id: 'prog-kampfpanzer-kws', name: 'Kampfpanzer Kampfwertsteigerung (demo)', primeId: 'knds-deutschland', domain: 'LAND', description: 'Fictional demo program: main battle tank upgrade' },
  { id: 'prog-radhaubitze', name: 'Radhaubitze (demo)', primeId: 'knds-deutschland', domain: 'LAND', description: 'Fictional demo program: wheeled howitzers' },
  { id: 'prog-luftraumradar', name: 'Luftraumüberwachungsradar (demo)', primeId: 'hensoldt', domain: 'AIR_DEFENCE', description: 'Fictional demo program: air surveillance radars' },
  { id: 'prog-drohnen-nutzlast', name: 'MALE-Drohne Nutzlasten (demo)', primeId: 'airbus-defence-and-space', domain: 'AIR', description: 'Fictional demo program: UAV payloads' },
  { id: 'prog-satcom', name: 'Satellitenkommunikation (demo)', primeId: 'airbus-defence-and-space', domain: 'SPACE', description: 'Fictional demo program: military satellite communication' },
  { id: 'prog-nahbereichsschutz', name: 'Nah- und Nächstbereichsschutz (demo)', primeId: 'diehl-defence', domain: 'AIR_DEFENCE', description: 'Fictional demo program: short-range air defence' },
].map((p) => ({ customer: 'BAAINBw', ...p }));

const PROGRAM_TIER1: Record<string, string[]> = {
  'prog-radschuetzenpanzer': ['t1-rheinland-systemtechnik', 't1-ruhr-schutzsysteme', 't1-bergische-antriebstechnik'],
  'prog-munition-155': ['t1-siegerland-munitionstechnik'],
  'prog-mehrzweckfregatte': ['t1-niederrhein-marinetechnik', 't1-aachener-radarsysteme'],
  'prog-u-boot-nachfolge': ['t1-niederrhein-marinetechnik', 't1-dortmunder-sensorik'],
  'prog-kampfpanzer-kws': ['t1-ruhr-schutzsysteme', 't1-westfalen-optronik', 't1-lippe-elektroniksysteme'],
  'prog-radhaubitze': ['t1-rheinland-systemtechnik', 't1-lippe-elektroniksysteme'],
  'prog-luftraumradar': ['t1-aachener-radarsysteme', 't1-bonner-cyberdefence'],
  'prog-drohnen-nutzlast': ['t1-paderborner-avionik', 't1-westfalen-optronik', 't1-emscher-leichtbau'],
  'prog-satcom': ['t1-bonner-cyberdefence', 't1-emscher-leichtbau'],
  'prog-nahbereichsschutz': ['t1-dortmunder-sensorik', 't1-westfalen-optronik'],
};
const PRODUCTS: Record<string, string[]> = {
  'advanced-materials': ['ceramic armour tiles', 'composite panels', 'coated protection plates', 'armour steel cut parts'],
  photonics: ['optical assemblies', 'laser modules', 'IR lenses', 'sensor optics'],
  'nano-microsystems': ['MEMS sensors', 'micro-optical elements', 'thin-film coatings'],
  'artificial-intelligence': ['image analysis software', 'sensor fusion software', 'maintenance analytics'],
  'cyber-security': ['crypto modules', 'secure gateways', 'security audits'],
  aerospace: ['structural parts', 'avionics boards', 'UAV airframe parts'],
  manufacturing: ['milled housings', 'turned parts', 'welded assemblies', 'sheet metal parts', 'forged blanks'],
  electronics: ['cable harnesses', 'PCB assemblies', 'power modules', 'RF modules', 'rugged computers'],
};
const companyById = new Map(companies.map((c) => [c.id, c]));
const supplyLinks: Row[] = [];
const linkKeys = new Set<string>();
const chainMembers = new Map<string, Map<string, number>>();
function link(supplierId: string, customerId: string, programId: string, tier: number) {
  const key = `${supplierId}>${customerId}>${programId}`;
  if (linkKeys.has(key) || supplierId === customerId) return;
  linkKeys.add(key);
  const supplier = companyById.get(supplierId)!;
  supplyLinks.push({
    id: `link-${slug(programId.replace('prog-', ''))}-${supplierId}-${customerId}`.slice(0, 120),
    supplierId, customerId, programId, product: pick(PRODUCTS[supplier.domain!]), since: since(),
  });
  const members = chainMembers.get(programId) ?? new Map<string, number>();
  if (!members.has(supplierId) || members.get(supplierId)! > tier) members.set(supplierId, tier);
  chainMembers.set(programId, members);
}
const smePool = smes.filter((c) => !FIXED_SMES.some(([id]) => id === c.id));
for (const program of PROGRAMS) {
  const programId = program.id as string;
  for (const tier1 of PROGRAM_TIER1[programId]) {
    link(tier1, program.primeId as string, programId, 1);
    for (const tier2 of pickSome(smePool, between(2, 3))) {
      link(tier2.id, tier1, programId, 2);
      for (const tier3 of pickSome(smePool, between(1, 2))) {
        link(tier3.id, tier2.id, programId, 3);
        if (chance(0.35)) link(pick(smePool).id, tier3.id, programId, 4);
      }
    }
  }
}
// Named chains the README walks through: four tiers deep below Rheinmetall's vehicle program.
link('sme-maerkische-schutzbau', 't1-ruhr-schutzsysteme', 'prog-radschuetzenpanzer', 2);
link('sme-hagener-keramik', 'sme-maerkische-schutzbau', 'prog-radschuetzenpanzer', 3);
link('sme-ennepe-kabeltechnik', 'sme-hagener-keramik', 'prog-radschuetzenpanzer', 4);
link('sme-ennepe-kabeltechnik', 't1-lippe-elektroniksysteme', 'prog-kampfpanzer-kws', 2);

interface Need { capabilityId: string; minLevel: number; mandatory: boolean }
const supplyRoles: Row[] = [];
function role(programId: string, buyerId: string, tier: number, title: string, needs: Need[], certs: [string, boolean, string][], extra: Row = {}) {
  const buyer = companyById.get(buyerId)!;
  const n = supplyRoles.length + 1;
  supplyRoles.push({
    id: `role-${String(n).padStart(3, '0')}`,
    title, description: `Fictional demo role: ${title.toLowerCase()} for ${buyer.name}.`, product: title,
    buyerId, programId, tier, status: 'OPEN', securityClearance: 'NONE', quantity: between(1, 40) * 50,
    deadline: isoDate(addDays(AS_OF, between(20, 400))),
    location: { latitude: buyer.town[2], longitude: buyer.town[3] }, regionId: null, maxDistanceKm: chance(0.4) ? pick([100, 150, 250]) : null,
    requiredCapabilities: needs,
    requiredCertifications: certs.map(([certificationId, mandatory, minEvidenceLevel]) => ({ certificationId, mandatory, minEvidenceLevel })),
    ...extra,
  });
}
// Hand-placed roles that show the interesting cases.
role('prog-radschuetzenpanzer', 't1-ruhr-schutzsysteme', 2, 'Ceramic armour tiles for add-on protection', [
  { capabilityId: 'high-performance-ceramics', minLevel: 4, mandatory: true }, { capabilityId: 'technical-ceramics-machining', minLevel: 2, mandatory: false },
], [['iso-9001', true, 'PLAUSIBILITY_CHECKED'], ['aqap-2110', false, 'SELF_DECLARED']], { securityClearance: 'VS_NFD' });
role('prog-radschuetzenpanzer', 't1-ruhr-schutzsysteme', 2, 'Welded armour steel hull sections', [
  { capabilityId: 'armour-steel-welding', minLevel: 3, mandatory: true }, { capabilityId: 'armour-steel-plates', minLevel: 2, mandatory: true },
], [['iso-3834', true, 'VERIFIED'], ['aqap-2110', true, 'PLAUSIBILITY_CHECKED']]);
role('prog-drohnen-nutzlast', 't1-westfalen-optronik', 2, 'Image intensifier tubes for night sights', [
  { capabilityId: 'image-intensifier-tubes', minLevel: 3, mandatory: true },
], [['en-9100', true, 'PLAUSIBILITY_CHECKED']], { securityClearance: 'VS_NFD' });
role('prog-satcom', 't1-emscher-leichtbau', 2, 'Satellite reaction wheel components', [
  { capabilityId: 'satellite-components', minLevel: 3, mandatory: true }, { capabilityId: 'cnc-5-axis-milling', minLevel: 3, mandatory: false },
], [['en-9100', true, 'VERIFIED']]);
role('prog-nahbereichsschutz', 't1-westfalen-optronik', 2, 'High-power laser source for counter-drone effector', [
  { capabilityId: 'high-power-lasers', minLevel: 4, mandatory: true },
], [['iso-9001', true, 'SELF_DECLARED']], { securityClearance: 'GEHEIM' });
role('prog-drohnen-nutzlast', 't1-westfalen-optronik', 2, 'Diffractive beam shapers for laser designator', [
  { capabilityId: 'diffractive-optics', minLevel: 3, mandatory: true }, { capabilityId: 'precision-optics', minLevel: 3, mandatory: true },
], [['en-9100', true, 'PLAUSIBILITY_CHECKED']]);
role('prog-kampfpanzer-kws', 't1-lippe-elektroniksysteme', 2, 'Vehicle cable harnesses', [
  { capabilityId: 'cable-harnesses', minLevel: 3, mandatory: true },
], [['iso-9001', true, 'SELF_DECLARED']]);
role('prog-radschuetzenpanzer', 't1-rheinland-systemtechnik', 2, 'Milled aluminium housings for turret electronics', [
  { capabilityId: 'precision-machining', minLevel: 3, mandatory: true },
], [['iso-9001', true, 'SELF_DECLARED']]);
role('prog-luftraumradar', 't1-aachener-radarsysteme', 2, 'Sensor fusion software and computer vision for radar tracks', [
  { capabilityId: 'sensor-fusion', minLevel: 3, mandatory: true }, { capabilityId: 'computer-vision', minLevel: 3, mandatory: true },
  { capabilityId: 'secure-software-development', minLevel: 2, mandatory: true },
], [['iso-27001', true, 'PLAUSIBILITY_CHECKED']]);

// Generated roles: a buyer in each program's chain asks for something from its suppliers' domains.
const ROLE_TITLES: Record<string, string> = {
  'advanced-materials': 'Protection and material components', photonics: 'Optical and laser components', 'nano-microsystems': 'Microsystem components',
  'artificial-intelligence': 'AI software components', 'cyber-security': 'Cyber security services', aerospace: 'Aerospace components',
  manufacturing: 'Machined and fabricated parts', electronics: 'Electronic assemblies',
};
const DOMAIN_ROLE_CERT: Record<string, string> = {
  'advanced-materials': 'iso-9001', photonics: 'iso-9001', 'nano-microsystems': 'iso-9001', 'artificial-intelligence': 'iso-27001',
  'cyber-security': 'iso-27001', aerospace: 'en-9100', manufacturing: 'iso-9001', electronics: 'iso-9001',
};
const allowedLeaves = (domain: string) => leavesOf(domain).filter((id) => !isRestricted(id));
for (const program of PROGRAMS) {
  const programId = program.id as string;
  const members = [...(chainMembers.get(programId) ?? new Map<string, number>()).entries()].filter(([, tier]) => tier <= 2);
  for (const [buyerId, buyerTier] of pickSome(members, 5)) {
    const domain = weightedDomain();
    const [first, second] = pickSome(allowedLeaves(domain), 2);
    const needs: Need[] = [{ capabilityId: first, minLevel: between(2, 4), mandatory: true }];
    if (second && chance(0.5)) needs.push({ capabilityId: second, minLevel: between(1, 3), mandatory: chance(0.4) });
    const certs: [string, boolean, string][] = [[DOMAIN_ROLE_CERT[domain], true, pick(['SELF_DECLARED', 'PLAUSIBILITY_CHECKED', 'VERIFIED'])]];
    if (chance(0.3)) certs.push(['aqap-2110', chance(0.4), 'PLAUSIBILITY_CHECKED']);
    const capabilityName = CAPABILITIES.find((c) => c[0] === first)![1];
    role(programId, buyerId, buyerTier + 1, `${ROLE_TITLES[domain]}: ${capabilityName.toLowerCase()}`, needs, certs, {
      securityClearance: chance(0.2) ? 'VS_NFD' : 'NONE',
    });
  }
}
supplyRoles.slice(-3).forEach((r) => (r.status = 'FILLED'));

// ---------------------------------------------------------------- outside NRW
// Added last and without random draws, so that everything generated above stays as it is.
const OUTSIDE_NRW: [string, string, string, number, string, number][] = [
  ['sme-weser-raumfahrttechnik', 'Weser Raumfahrttechnik GmbH', 'bremen', 140, 'Reaction wheels and satellite mechanisms', 4],
  ['sme-isar-satellitenbau', 'Isar Satellitenbau GmbH', 'muenchen', 95, 'Satellite structures and thermal hardware', 3],
];
for (const [id, name, regionId, employees, description, level] of OUTSIDE_NRW) {
  const town = regionById.get(regionId)!.towns![0];
  companies.push({
    id, name, legalForm: 'GmbH', sizeClass: 'MEDIUM', employees, regionId, town: [town[0], town[1], town[2] + 0.01, town[3] + 0.01],
    description: `Fictional demo company. ${description}.`, isPrime: false, domain: 'aerospace',
  });
  claims.push({ companyId: id, capabilityId: 'satellite-components', level, evidenceLevel: 'VERIFIED', evidence: 'Flight heritage on two missions' });
  certificates.push({
    companyId: id, certificationId: 'en-9100', scope: 'Design and manufacture', validFrom: '2025-06-01', validUntil: '2028-05-31',
    evidenceLevel: 'VERIFIED', certificateNumber: `DEMO-EN-9100-${employees}`,
  });
}

// ---------------------------------------------------------------- write
const jitter = () => (random() - 0.5) * 0.06;
const companyRows = companies.map((c) => ({
  id: c.id,
  regionId: c.regionId,
  parentGroupId: c.parentGroupId ?? null,
  latitude: Number((c.town[2] + (c.isPrime ? 0 : jitter())).toFixed(5)),
  longitude: Number((c.town[3] + (c.isPrime ? 0 : jitter())).toFixed(5)),
  properties: {
    name: c.name, legalForm: c.legalForm, sizeClass: c.sizeClass, employees: c.employees, city: c.town[0], postalCode: c.town[1],
    website: c.isPrime ? null : `https://${c.id}.example`, description: c.description, isPrime: c.isPrime,
    securityClearance: c.isPrime ? 'GEHEIM' : c.id.startsWith('t1-') ? pick(['VS_NFD', 'GEHEIM']) : chance(0.2) ? 'VS_NFD' : 'NONE',
    exportControl: c.isPrime || c.id.startsWith('t1-') ? 'READY' : pick(['NOT_ASSESSED', 'NOT_ASSESSED', 'IN_PREPARATION', 'READY']),
  },
}));
// ---------------------------------------------------------------- Defence Ready
// Added after every random draw, so that everything generated above stays as it is. One assessment in each
// state of the workflow, on companies whose profile makes the story hold: the awarded ones and the one in the
// network's check pass the automatic plausibility checks; the rejected one fails them for the reasons recorded.
const NETWORK_OFFICE = 'demo: DEFENCE.NRW network office';
const PLAUSIBILITY = 'plausibility check';
const CRITERION_EVIDENCE: [string, string][] = [
  ['quality-management', 'Certified QMS, quality manager and deputy named'],
  ['documented-processes', 'Process map, document control procedure QP-01'],
  ['clear-responsibilities', 'Organisation chart with deputies, defence customer contact named'],
  ['certifications', 'Certificates in the profile'],
  ['information-security', 'ISMS, drawings on a separate network'],
  ['security-clearance-readiness', 'Security officer named, Geheimschutzbetreuung requested'],
  ['export-control', 'Ausfuhrverantwortlicher registered with BAFA, ICP in place'],
  ['capacity-and-delivery', 'Capacity plan and on-time delivery statistics 2025'],
];
const allAnswered = (unbacked: string[] = []) =>
  CRITERION_EVIDENCE.map(([criterionId, evidence]) => ({ criterionId, fulfilled: true, evidence: unbacked.includes(criterionId) ? null : evidence }));
interface Step { to: string; at: string; by: string; reason: string }
const selfService = (companyId: string) => `demo: ${companyId} (self-service)`;
const started = (companyId: string, at: string): Step => ({ to: 'DRAFT', at, by: selfService(companyId), reason: 'self-assessment started' });
const submitted = (companyId: string, at: string): Step[] => [
  { to: 'SUBMITTED', at, by: selfService(companyId), reason: 'self-assessment submitted' },
  { to: 'IN_PLAUSIBILITY_CHECK', at, by: PLAUSIBILITY, reason: 'automatic checks passed' },
];
const awarded = (at: string, validUntil: string): Step => ({ to: 'AWARDED', at, by: NETWORK_OFFICE, reason: `Defence Ready awarded until ${validUntil}` });

function assessment(
  companyId: string, status: string, steps: Step[],
  properties: Record<string, unknown>, answers: { criterionId: string; fulfilled: boolean; evidence: string | null }[],
): Row {
  const id = `dr-demo-${companyId.replace(/^sme-/, '')}`;
  const events = steps.map((step, i) => ({
    id: `${id}-${i + 1}`, from: i === 0 ? null : steps[i - 1].to, to: step.to, by: step.by, at: step.at, reason: step.reason,
  }));
  return {
    id, companyId, createdAt: steps[0].at, updatedAt: steps[steps.length - 1].at, answers, events,
    properties: {
      status, claimedCertificationIds: [], secureInformationHandling: false, informationSecurityAlternative: null,
      productionEmployees: null, freeCapacityPercent: null, onTimeDeliveryPercent: null, submittedAt: null, decidedAt: null,
      validUntil: null, findings: null, rejectionReasons: null, ...properties,
    },
  };
}

const rejectedFindings = [
  'Claimed certification iso-9001 is not a valid certificate in the company profile',
  'Secure information handling is claimed without ISO 27001, TISAX or a documented alternative',
];
const readinessAssessments: Row[] = [
  assessment('sme-hagener-keramik', 'AWARDED', [
    started('sme-hagener-keramik', '2026-02-10T09:00:00Z'), ...submitted('sme-hagener-keramik', '2026-03-02T14:30:00Z'),
    awarded('2026-03-20T10:00:00Z', '2028-03-20'),
  ], {
    claimedCertificationIds: ['iso-9001', 'aqap-2110'], productionEmployees: 24, freeCapacityPercent: 20, onTimeDeliveryPercent: 96,
    submittedAt: '2026-03-02', decidedAt: '2026-03-20', validUntil: '2028-03-20', findings: [],
  }, allAnswered(['information-security'])),
  assessment('sme-teuto-aero', 'AWARDED', [
    started('sme-teuto-aero', '2025-10-20T08:15:00Z'), ...submitted('sme-teuto-aero', '2025-11-10T16:00:00Z'),
    awarded('2025-12-01T11:00:00Z', '2027-12-01'),
  ], {
    claimedCertificationIds: ['iso-9001', 'en-9100', 'aqap-2310'], productionEmployees: 90, freeCapacityPercent: 15, onTimeDeliveryPercent: 98,
    submittedAt: '2025-11-10', decidedAt: '2025-12-01', validUntil: '2027-12-01', findings: [],
  }, allAnswered()),
  assessment('sme-lenne-vision', 'AWARDED', [
    started('sme-lenne-vision', '2026-05-04T10:00:00Z'), ...submitted('sme-lenne-vision', '2026-05-28T09:45:00Z'),
    awarded('2026-06-15T13:00:00Z', '2028-06-15'),
  ], {
    claimedCertificationIds: ['iso-9001', 'iso-27001'], secureInformationHandling: true, productionEmployees: 60,
    freeCapacityPercent: 25, onTimeDeliveryPercent: 94, submittedAt: '2026-05-28', decidedAt: '2026-06-15', validUntil: '2028-06-15', findings: [],
  }, allAnswered()),
  assessment('sme-moehne-analytics', 'AWARDED', [
    started('sme-moehne-analytics', '2026-08-03T07:30:00Z'), ...submitted('sme-moehne-analytics', '2026-08-21T15:10:00Z'),
    awarded('2026-09-10T09:30:00Z', '2028-09-10'),
  ], {
    claimedCertificationIds: ['iso-9001', 'iso-27001'], secureInformationHandling: true, productionEmployees: 20,
    freeCapacityPercent: 30, onTimeDeliveryPercent: 91, submittedAt: '2026-08-21', decidedAt: '2026-09-10', validUntil: '2028-09-10', findings: [],
  }, allAnswered(['security-clearance-readiness'])),
  assessment('sme-sauerland-sicherheitstechnik', 'IN_PLAUSIBILITY_CHECK', [
    started('sme-sauerland-sicherheitstechnik', '2026-10-26T08:00:00Z'), ...submitted('sme-sauerland-sicherheitstechnik', '2026-11-09T17:20:00Z'),
  ], {
    claimedCertificationIds: ['iso-9001', 'iso-27001', 'tisax'], secureInformationHandling: true, productionEmployees: 180,
    freeCapacityPercent: 10, onTimeDeliveryPercent: 97, submittedAt: '2026-11-09', findings: [],
  }, allAnswered()),
  assessment('sme-vogelsang-data-labs', 'REJECTED', [
    started('sme-vogelsang-data-labs', '2026-09-28T11:00:00Z'),
    { to: 'SUBMITTED', at: '2026-10-05T10:00:00Z', by: selfService('sme-vogelsang-data-labs'), reason: 'self-assessment submitted' },
    { to: 'REJECTED', at: '2026-10-05T10:00:00Z', by: PLAUSIBILITY, reason: rejectedFindings.join('; ') },
  ], {
    claimedCertificationIds: ['iso-9001'], secureInformationHandling: true, productionEmployees: 100, freeCapacityPercent: 35,
    onTimeDeliveryPercent: 92, submittedAt: '2026-10-05', decidedAt: '2026-10-05', findings: rejectedFindings, rejectionReasons: rejectedFindings,
  }, allAnswered(['quality-management', 'certifications'])),
  assessment('sme-volme-zerspanung', 'EXPIRED', [
    started('sme-volme-zerspanung', '2024-03-18T09:00:00Z'), ...submitted('sme-volme-zerspanung', '2024-04-22T12:00:00Z'),
    awarded('2024-05-15T10:30:00Z', '2026-05-15'),
    { to: 'EXPIRED', at: '2026-05-16T02:00:00Z', by: 'demo: expiry run', reason: 'validity ended 2026-05-15' },
  ], {
    claimedCertificationIds: ['iso-9001'], productionEmployees: 180, freeCapacityPercent: 5, onTimeDeliveryPercent: 93,
    submittedAt: '2024-04-22', decidedAt: '2024-05-15', validUntil: '2026-05-15', findings: [],
  }, allAnswered(['information-security', 'security-clearance-readiness'])),
  assessment('sme-sauerland-photonik', 'DRAFT', [started('sme-sauerland-photonik', '2026-11-12T13:00:00Z')], {},
    allAnswered().slice(0, 3)),
];

/**
 * Generated names that differ only in their legal form share an id; the later one wins, as it would in
 * the graph. Dropping the earlier rows here (after every random draw) keeps the files free of repeated ids.
 */
const lastById = (rows: Row[]) => [...new Map(rows.map((row) => [row.id, row])).values()];

const data: Record<string, Row[]> = {
  regions: REGIONS.map(({ id, name, kind, parentId, ags }) => ({ id, name, kind, parentId, ags })),
  networks: NETWORKS,
  capabilities: CAPABILITIES.map(([id, name, nameDe, parentId, nsc]) => ({ id, name, nameDe, parentId, nsc: nsc ?? null, description: null })),
  certifications: CERTIFICATIONS,
  companies: lastById(companyRows),
  memberships,
  capabilityClaims: claims,
  certificates,
  contacts: lastById(contacts),
  programs: PROGRAMS,
  supplyLinks,
  supplyRoles,
  readinessAssessments,
};
mkdirSync(OUT_DIR, { recursive: true });
for (const [kind, rows] of Object.entries(data)) writeFileSync(path.join(OUT_DIR, `${kind}.json`), `${JSON.stringify(rows, null, 1)}\n`);
console.log(Object.entries(data).map(([kind, rows]) => `${rows.length} ${kind}`).join(', '));

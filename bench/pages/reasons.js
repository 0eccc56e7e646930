// Realistic wrap-up reasons for the benchmark: Slovenian contact-center topics (with č, š, ž)
// in groups, deterministic, as many as asked for. The same list feeds every component.
const groups = [
  'Obračun in plačila', 'Tehnična podpora', 'Prodaja', 'Pritožbe', 'Naročnine', 'Dostava',
  'Storitve za stranke', 'Poslovni uporabniki', 'Mobilna telefonija', 'Internet in TV',
  'Varnost in zasebnost', 'Oprema', 'Prenos številke', 'Zaključek brez rešitve', 'Splošno',
  'Selitev priključka', 'Gostovanje v tujini', 'Zvestoba in ugodnosti', 'Pogodbe', 'Napake v omrežju',
];
const actions = [
  'Reklamacija', 'Vprašanje glede', 'Sprememba', 'Preklic', 'Prijava težave glede', 'Zahteva za',
  'Pritožba na', 'Informacije glede', 'Podaljšanje', 'Nadgradnja', 'Vračilo', 'Aktivacija',
  'Izklop', 'Pojasnilo', 'Ponovna dobava',
];
const subjects = [
  'računa', 'naročnine', 'paketa', 'dostave', 'plačila', 'gesla', 'pogodbe', 'priključka',
  'storitve', 'naslova', 'številke', 'tarife', 'opreme', 'garancije', 'SIM kartice',
  'dodatka za gostovanje', 'družinskega paketa', 'hitrosti interneta', 'TV programov',
  'računa za prenos podatkov', 'e-računa', 'obročnega plačila',
];
const audiences = ['zasebni', 'poslovni', 'predplačniški', 'študentski', 'družinski'];

/** `count` reasons `{ id, name, group }`, names unique, a fifth of them with a number. */
export function makeReasons(count) {
  const reasons = [];
  for (let i = 0; i < count; i += 1) {
    const action = actions[i % actions.length];
    const subject = subjects[Math.floor(i / actions.length) % subjects.length];
    const audience = audiences[Math.floor(i / (actions.length * subjects.length)) % audiences.length];
    const round = Math.floor(i / (actions.length * subjects.length * audiences.length));
    const name = `${action} ${subject} – ${audience}${round > 0 ? ` (${round + 1})` : ''}`;
    reasons.push({ id: `r${i}`, name, group: groups[i % groups.length] });
  }
  return reasons;
}

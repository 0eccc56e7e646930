
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'chosen': `Izbrano:`,
'chosen.none': `Razlog še ni izbran.`,
'countdown.label': `Do samodejnega zaključka`,
'error.no-interaction': `Ta zaključek nima ID-ja interakcije, zato ga ni mogoče poslati.`,
'error.no-url': `Naslov za pošiljanje ni nastavljen.`,
'expire.no-default': `Čas je potekel, privzeti razlog za zaključek pa ni nastavljen. Izberite razlog in ga pošljite.`,
'extend.by': str`Podaljšaj delo po klicu (+${0})`,
'extend.cancel': `Prekliči odštevanje`,
'extend.cancelled': `Samodejni zaključek je preklican. Ko končate, pošljite zaključevanje.`,
'extend.done': str`Delo po klicu je podaljšano. Preostali čas: ${0}.`,
'failure.auth': str`Nimate dovoljenja za zaključek te interakcije (${0}).`,
'failure.network': `Kontaktnega centra ni mogoče doseči.`,
'failure.not-found': str`Kontaktni center te interakcije ne pozna (${0}).`,
'failure.rejected': str`Kontaktni center je zavrnil ta zaključek (${0}).`,
'failure.server': str`Kontaktni center je vrnil napako (${0}).`,
'heading.chat.customer-end': `Stranka je končala klepet`,
'heading.chat.end': `Klepet končan`,
'heading.chat.send': `Sporočilo v klepetu poslano`,
'heading.chat.transfer': `Klepet prenesen`,
'heading.email.customer-end': `Stranka je zaprla e-pošto`,
'heading.email.end': `E-pošta zaprta`,
'heading.email.send': `Odgovor na e-pošto poslan`,
'heading.email.transfer': `E-pošta prenesena`,
'heading.social.customer-end': `Stranka je končala pogovor`,
'heading.social.end': `Pogovor končan`,
'heading.social.send': `Odgovor poslan`,
'heading.social.transfer': `Pogovor prenesen`,
'heading.voice.customer-end': `Stranka je končala klic`,
'heading.voice.end': `Klic končan`,
'heading.voice.transfer': `Klic prenesen`,
'list.empty': `Ni razpoložljivih razlogov za zaključek.`,
'matches.few': str`${0} razlogi ustrezajo`,
'matches.none': `Noben razlog ne ustreza`,
'matches.one': str`${0} razlog ustreza`,
'matches.other': str`${0} razlogov ustreza`,
'matches.two': str`${0} razloga ustrezata`,
'problems': `Nekaterih nastavitev ni mogoče uporabiti:`,
'retry': `Poskusi znova`,
'search.label': `Iskanje razlogov za zaključek`,
'status.done': `Poslano`,
'status.offline': `Brez povezave — poslano bo, ko bo povezava spet vzpostavljena.`,
'status.retrying': `Ponovni poskus …`,
'status.submitting': `Pošiljanje …`,
'submit': `Pošlji zaključevanje`,
'timer.down': `Preostali čas`,
'timer.name': str`${0} ${1}`,
'timer.up': `Čas zaključka`,
'title': `Razlogi za zaključek`,
'warning': str`Do samodejnega zaključka: ${0}.`,
'warning.extendable': str`Do samodejnega zaključka: ${0}. Za podaljšanje pritisnite Alt+X.`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'timer.down': `Preostali čas`,
'timer.name': str`${0} ${1}`,
'timer.up': `Čas zaključka`,
    };
  
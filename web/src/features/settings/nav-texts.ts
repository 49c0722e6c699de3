import type { FeatureTexts } from '../../app/i18n';

/** Needed before the settings page loads: its menu entry, and the organisation sign-in on the login page. */
const nl = {
  settings: {
    nav: 'Instellingen',
    signIn: {
      organisation: 'Aanmelden met je organisatie-account',
      organisationNamed: 'Aanmelden met je {{label}}',
      or: 'of met e-mail en wachtwoord',
      errors: {
        AUTH_OIDC_UNAVAILABLE: 'Aanmelden met je organisatie-account lukt nu niet. Probeer het later opnieuw of verwittig de beheerder.',
        AUTH_OIDC_FAILED: 'Aanmelden is niet gelukt. Probeer het opnieuw.',
        AUTH_OIDC_CANCELLED: 'Je hebt het aanmelden afgebroken.',
        AUTH_OIDC_NO_ACCESS: 'Je account heeft geen toegang tot Plekwijzer. Vraag toegang aan de beheerder.',
        AUTH_ACCOUNT_DISABLED: 'Dit account kan zich hier niet aanmelden.',
        AUTH_LOCAL_LOGIN_DISABLED: 'Meld je aan met je organisatie-account.',
      },
    },
  },
};

export const settingsNavTexts: FeatureTexts<typeof nl> = {
  'nl-BE': nl,
  en: {
    settings: {
      nav: 'Settings',
      signIn: {
        organisation: 'Sign in with your organisation account',
        organisationNamed: 'Sign in with your {{label}}',
        or: 'or with e-mail and password',
        errors: {
          AUTH_OIDC_UNAVAILABLE:
            'Signing in with your organisation account does not work right now. Try again later or tell the administrator.',
          AUTH_OIDC_FAILED: 'Signing in did not work. Please try again.',
          AUTH_OIDC_CANCELLED: 'You cancelled signing in.',
          AUTH_OIDC_NO_ACCESS: 'Your account has no access to Plekwijzer. Ask the administrator for access.',
          AUTH_ACCOUNT_DISABLED: 'This account cannot sign in here.',
          AUTH_LOCAL_LOGIN_DISABLED: 'Sign in with your organisation account.',
        },
      },
    },
  },
};

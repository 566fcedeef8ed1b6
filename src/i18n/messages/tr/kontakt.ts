import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { kontakt as source } from '../de/kontakt.js';

export const kontakt: CatalogPart<typeof source> = {
  'kontakt.title': (name: string) => `${name} ile iletişim iste`,
  'kontakt.intro': 'Talebiniz WIR koordinasyon ofisine gider ve ofis iletişimi kurar. Bilgilerinizi yalnızca bu rehbere iletir.',
  'kontakt.name.label': 'Adınız veya adınız soyadınız',
  'kontakt.contact.legend': 'Size nasıl ulaşılabilir?',
  'kontakt.contact.hint': 'Telefon, e-posta veya ikisi birden.',
  'kontakt.language.legend': 'Hangi dilde konuşmak istersiniz?',
  'kontakt.topics.legend': 'Hangi konuda yardıma ihtiyacınız var? (isteğe bağlı)',
  'kontakt.note.label': 'Kısa mesaj (isteğe bağlı)',
  'kontakt.note.hint': 'Örneğin size ne zaman ulaşılabileceği. Lütfen hastalıklarla ilgili bilgi yazmayın.',
  'kontakt.consent.label': 'Bilgilerimin iletişimi kurması için WIR koordinasyon ofisine gitmesini kabul ediyorum.',
  'kontakt.close': 'Kapat',
  'kontakt.cancel': 'Vazgeç',
  'kontakt.success.next1': (name: string) => `WIR koordinasyon ofisi ${name} ile konuşur.`,
  'kontakt.success.next2': (days: number) =>
    `Ofis genellikle ${plural('tr', days, { one: '# iş günü', other: '# iş günü' })} içinde size geri döner.`,
  'kontakt.summary.lotse': 'Rehber',
  'kontakt.summary.language': 'Dil',
  'kontakt.summary.topics': 'Konular',
  'kontakt.summary.contact': 'Size ulaşma yolu',
  'kontakt.unsupported': 'Bu talep şu anda buradan gönderilemiyor. Bilgileriniz kaybolmadı.',
  'kontakt.office': 'Koordinasyon ofisine doğrudan ulaşabilirsiniz:',
  'kontakt.error.name.required': 'Adınızı veya adınızı soyadınızı girin.',
  'kontakt.error.language.required': 'Konuşmak istediğiniz dili seçin.',
};

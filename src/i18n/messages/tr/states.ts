import type { CatalogPart } from '../../catalog-types.js';
import { plural } from '../../plural.js';
import type { searchStates as source } from '../de/states.js';

export const searchStates: CatalogPart<typeof source> = {
  'states.loading': 'Liste yükleniyor …',
  'states.area.unknown':
    'Bu sayfanın hangi bölge için olduğunu bilmiyoruz, bu yüzden tüm Hessen’den sonuçlar görüyorsunuz. Yakınınızda aramak için şehrinizi veya posta kodunuzu girin.',
  'states.error.title': 'Liste şu anda yüklenemiyor.',
  'states.error.body': 'Bu sizin hatanız değil. Lütfen biraz sonra tekrar deneyin. Yine olmazsa bu sayfayı sunan kurum size yardımcı olur.',
  'states.empty.title': 'Üzgünüz, bu arama için kimseyi bulamadık.',
  'states.empty.try': 'Daha fazla sonuç için:',
  'states.empty.none': 'Başka bir yer veya başka bir seçim deneyin.',
  'states.relax.count': (n: number) => plural('tr', n, { one: '(# sonuç)', other: '(# sonuç)' }),
  'states.relax.radius': (km: number) => `Arama alanını ${km} km’ye genişlet`,
  'states.relax.language-substitute': (language: string) => `${language} konuşanları da göster`,
  'states.relax.drop-text': (text: string) => `“${text}” arama kelimesini çıkar`,
  'states.relax.drop-levels': 'Tüm dil seviyelerini göster',
  'states.relax.drop-childcare': 'Çocuk bakımı olmayan kursları da göster',
  'states.relax.drop-audience': 'Herkese açık kursları da göster',
  'states.relax.drop-dayparts': 'Günün her saatini göster',
  'states.relax.drop-days': 'Haftanın tüm günlerini göster',
  'states.relax.drop-start': 'Daha sonra başlayan kursları da göster',
  'states.relax.drop-free': 'Ücretli kursları da göster',
  'states.relax.drop-seats': 'Boş yer bilgisi olmayan kursları da göster',
  'states.relax.include-full': 'Bekleme listesi olan dolu kursları da göster',
  'states.relax.drop-program': 'Tüm programları göster',
  'states.relax.drop-format': 'Tüm kurs türlerini göster',
  'states.relax.drop-kommune': 'Başka yerlerden de göster (telefon veya video)',
  'states.relax.drop-mode': 'Diğer tercümanlık türlerini de göster',
  'states.relax.drop-setting': 'Tüm alanları göster',
  'states.relax.drop-date': 'Başka günleri de göster',
  'states.relax.other': 'Aramayı genişlet',
  'states.shown': (shown: number, total: number) => `${total} sonuçtan ${shown} tanesi gösteriliyor`,
  'states.contact.phone': 'Telefon',
  'states.contact.email': 'E-posta',
  'states.contact.web': 'İnternet',
  'states.contact.webLink': (host: string) => `Web sitesi ${host}`,
};

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list.tsx';
import { Loading } from '../../components/loading.tsx';
import { useSchool } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';

export function SchoolPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const school = useSchool(schoolId);
  useFirstScreenMark();
  const orNone = (value: string) =>
    value || <span className="muted">{t('schools.notSpecified')}</span>;

  return (
    <div className="page">
      <Link className="back-link" to="/schools">
        ← {t('schools.back')}
      </Link>
      {school === undefined ? (
        <Loading label={t('common.loading')} />
      ) : school === null ? (
        <>
          <h1 className="page__title">{t('schools.notFoundTitle')}</h1>
          <p className="empty">{t('schools.notFound')}</p>
        </>
      ) : (
        <>
          <h1 className="page__title">{school.shortName}</h1>
          <section className="card">
            <DetailList
              rows={[
                { label: t('schools.fullName'), value: school.name },
                { label: t('schools.municipality'), value: orNone(school.municipality) },
                { label: t('schools.address'), value: orNone(school.address) },
                { label: t('schools.director'), value: orNone(school.director) },
                {
                  label: t('schools.phone'),
                  value: school.phone ? (
                    <a href={`tel:${school.phone.replace(/[^\d+]/g, '')}`}>{school.phone}</a>
                  ) : (
                    orNone('')
                  ),
                },
                {
                  label: t('schools.email'),
                  value: school.email ? (
                    <a href={`mailto:${school.email}`}>{school.email}</a>
                  ) : (
                    orNone('')
                  ),
                },
              ]}
            />
          </section>
        </>
      )}
    </div>
  );
}

// @vitest-environment jsdom
import '../../test/domSetup';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { dataset } from '../../shared/dataset/datasetFile.testutil';
import { initI18n } from '../../shared/i18n/i18n';
import { ZonePanel } from './ZonePanel';

beforeAll(async () => {
  await initI18n('zh');
});

describe('the zone panel', () => {
  it('names the zone in both languages and lists its figures and statements by year', async () => {
    await i18next.changeLanguage('zh');
    render(<ZonePanel dataset={dataset} zoneId="new-city" lang="zh" />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent('吴中太湖新城');
    expect(within(heading).getByText('Suzhou Wuzhong Taihu New City')).toHaveAttribute('lang', 'en');
    const years = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(years).toEqual(['2023年：完成情况', '2024年：目标与安排']);
    const figures = [...document.querySelectorAll('[data-value] .figure')].map((f) => f.getAttribute('data-figure'));
    expect(figures).toEqual(['15个', '18个', '13个', '突破310亿元']);
    expect([...document.querySelectorAll('[data-statement]')].map((s) => s.getAttribute('data-statement'))).toEqual([
      'new-city-management-reform',
      'new-city-future-centre',
      'new-city-interchange',
    ]);
  });

  it('keeps the Chinese name beside the English one in the English view', async () => {
    await i18next.changeLanguage('en');
    render(<ZonePanel dataset={dataset} zoneId="resort" lang="en" />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading).toHaveTextContent('Suzhou Taihu National Tourism Vacation Zone');
    expect(within(heading).getByText('苏州太湖国家旅游度假区')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText('Named an outstanding resort for high-quality cultural and tourism development')).toBeInTheDocument();
  });

  it('links each statement’s source passage by the statement’s id', async () => {
    await i18next.changeLanguage('zh');
    render(<ZonePanel dataset={dataset} zoneId="hitech" lang="zh" />);
    const statement = document.querySelector('[data-statement="hitech-ic-talent-base"]') as HTMLElement;
    expect(within(statement).getByText('高新区获评工信部集成电路产业人才基地')).toBeInTheDocument();
    expect(within(statement).getByRole('link')).toHaveAttribute('href', expect.stringContaining('fig=hitech-ic-talent-base'));
  });

  it('says how to choose a zone when none is chosen', async () => {
    await i18next.changeLanguage('zh');
    render(<ZonePanel dataset={dataset} zoneId={null} lang="zh" />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('请选择一个区域');
  });
});

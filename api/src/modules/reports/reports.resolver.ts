import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../../auth/decorators.js';
import type { Viewer } from '../../auth/viewer.js';
import { LocaleEnum } from '../../graphql/enums.js';
import {
  OccupancyReportInput,
  RemoveOccupancyTargetInput,
  SetOccupancyTargetInput,
  SetSuccessMeasureTargetInput,
} from './dto/report.inputs.js';
import { SuccessMeasureModel } from './measures.model.js';
import { MeasuresService } from './measures.service.js';
import { OccupancyService } from './occupancy.service.js';
import { OccupancyReportModel, OccupancyTargetModel } from './report.model.js';
import { measuresCsv, occupancyCsv } from './report-csv.js';
import type { OccupancyTarget } from './targets.repository.js';
import { TargetsService } from './targets.service.js';

const toTarget = (t: OccupancyTarget): OccupancyTargetModel => ({ ...t, isDefault: t.id === null });

/** Reports and targets: management and facility managers read; facility managers set the targets. Aggregates only. */
@Resolver()
@Roles('MANAGEMENT', 'FACILITY_MANAGER')
export class ReportsResolver {
  constructor(
    private readonly occupancy: OccupancyService,
    private readonly targets: TargetsService,
    private readonly measures: MeasuresService,
  ) {}

  @Query(() => OccupancyReportModel, { description: 'Desk sharing, occupancy, utilisation, peaks and no-shows against targets' })
  async occupancyReport(@Args('input') input: OccupancyReportInput): Promise<OccupancyReportModel> {
    const report = await this.occupancy.report(input);
    return { ...report, target: toTarget(report.target) };
  }

  @Query(() => [OccupancyTargetModel], { description: 'Every target set, and the built-in default when none covers all sites' })
  async occupancyTargets(): Promise<OccupancyTargetModel[]> {
    return (await this.targets.list()).map(toTarget);
  }

  @Query(() => [SuccessMeasureModel], { description: 'The success measures (seed 002) with their current value and target' })
  successMeasures(): Promise<SuccessMeasureModel[]> {
    return this.measures.all();
  }

  @Query(() => String, { description: 'The success measures as CSV for Excel (UTF-8 with BOM, `;`, decimal comma)' })
  async successMeasuresCsv(
    @Args('locale', { nullable: true, type: () => LocaleEnum, defaultValue: 'nl-BE' }) locale: 'nl-BE' | 'en',
  ): Promise<string> {
    return measuresCsv(await this.measures.all(), locale);
  }

  @Roles('FACILITY_MANAGER')
  @Mutation(() => OccupancyTargetModel)
  async setOccupancyTarget(@CurrentViewer() viewer: Viewer, @Args('input') input: SetOccupancyTargetInput): Promise<OccupancyTargetModel> {
    return toTarget(await this.targets.set(viewer, input));
  }

  @Roles('FACILITY_MANAGER')
  @Mutation(() => OccupancyTargetModel, { description: 'Removes a target; its scope falls back to a wider one' })
  async removeOccupancyTarget(@Args('input') input: RemoveOccupancyTargetInput): Promise<OccupancyTargetModel> {
    return toTarget(await this.targets.remove(input.id));
  }

  @Roles('FACILITY_MANAGER')
  @Mutation(() => SuccessMeasureModel)
  setSuccessMeasureTarget(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetSuccessMeasureTargetInput,
  ): Promise<SuccessMeasureModel> {
    return this.measures.setTarget(viewer, input.measure, input.target, input.cap ?? null);
  }
}

/** The occupancy report as a file: the same people may read it. */
@Resolver(() => OccupancyReportModel)
@Roles('MANAGEMENT', 'FACILITY_MANAGER')
export class OccupancyReportCsvResolver {
  @ResolveField(() => String, { description: 'Every figure and table of the report as CSV for Excel (UTF-8 with BOM, `;`, decimal comma)' })
  csv(
    @Parent() report: OccupancyReportModel,
    @Args('locale', { nullable: true, type: () => LocaleEnum, defaultValue: 'nl-BE' }) locale: 'nl-BE' | 'en',
  ): string {
    return occupancyCsv(report, locale);
  }
}
